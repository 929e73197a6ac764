using MachineImagesConsole.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>
/// List caches stay per instance; their invalidation does not: every <see cref="ComputeListCache.Invalidate"/> here is
/// published on Redis, and every other instance's publication clears the same project here. Messages are
/// <c>{instance}\n{project}</c>; an instance ignores its own.
/// </summary>
public sealed partial class ListCacheInvalidationRelay(
    RedisConnection redis,
    ComputeListCache cache,
    ConsoleInstanceIdentity instance,
    ILogger<ListCacheInvalidationRelay> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(RedisConnection.Prefix + ":list-cache:invalidate");

    private ISubscriber? _subscriber;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connection = await redis.GetAsync();
        _subscriber = connection.GetSubscriber();
        await _subscriber.SubscribeAsync(Channel, (_, message) => OnMessage(message));
        cache.Invalidated += Publish;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        cache.Invalidated -= Publish;
        if (_subscriber is not null) await _subscriber.UnsubscribeAsync(Channel);
    }

    private void Publish(string project)
    {
        var subscriber = _subscriber;
        if (subscriber is null) return;
        _ = PublishAsync(subscriber, project);
    }

    private async Task PublishAsync(ISubscriber subscriber, string project)
    {
        try
        {
            await subscriber.PublishAsync(Channel, instance.Name + "\n" + project);
        }
        catch (RedisException ex)
        {
            LogPublishFailed(ex, project);
        }
    }

    private void OnMessage(RedisValue message)
    {
        var text = (string?)message;
        var separator = text?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        if (text is null || separator <= 0) return;
        if (text.AsSpan(0, separator).SequenceEqual(instance.Name)) return;
        cache.InvalidateFromPeer(text[(separator + 1)..]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other instances that the lists of {Project} changed.")]
    private partial void LogPublishFailed(Exception error, string project);
}
