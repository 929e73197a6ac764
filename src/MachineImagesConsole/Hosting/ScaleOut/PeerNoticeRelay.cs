using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>
/// Tells the other instances that something changed here, named by a short key (a project, a policy id), and hands
/// their notices to this instance without sending them on. Messages on <see cref="Channel"/> are <c>{instance}\n{key}</c>;
/// an instance ignores its own, and a key longer than <see cref="MaxKeyLength"/> or one <see cref="OnPeerNotice"/>
/// refuses changes nothing. When Redis cannot be reached at start, this instance works alone (logged).
/// </summary>
public abstract partial class PeerNoticeRelay(RedisConnection redis, ConsoleInstanceIdentity instance, ILogger logger) : IHostedService
{
    /// <summary>Longest key taken from a peer (project ids and policy ids are far shorter).</summary>
    public const int MaxKeyLength = 200;

    private ISubscriber? _subscriber;

    /// <summary>The Redis channel of these notices.</summary>
    protected abstract RedisChannel Channel { get; }

    /// <summary>What the notices are about, for the log ("the lists of a project").</summary>
    protected abstract string Subject { get; }

    /// <summary>Starts calling <see cref="Publish"/> with the key of each change made here.</summary>
    protected abstract void Attach();

    /// <summary>Stops what <see cref="Attach"/> started.</summary>
    protected abstract void Detach();

    /// <summary>Another instance changed <paramref name="key"/>: act on it here, without telling anyone.</summary>
    protected abstract void OnPeerNotice(string key);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _subscriber = await redis.TrySubscribeAsync(Channel, OnMessage, e => LogSubscribeFailed(e, Subject));
        if (_subscriber is not null) Attach();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_subscriber is not { } subscriber) return;
        Detach();
        await subscriber.UnsubscribeAsync(Channel);
    }

    /// <summary>Tells the other instances that <paramref name="key"/> changed here (in the background; a failure is logged).</summary>
    protected void Publish(string key)
    {
        if (_subscriber is { } subscriber) _ = PublishAsync(subscriber, key);
    }

    private async Task PublishAsync(ISubscriber subscriber, string key)
    {
        try
        {
            await subscriber.PublishAsync(Channel, instance.Name + "\n" + key);
        }
        catch (RedisException ex)
        {
            LogPublishFailed(ex, Subject, key);
        }
    }

    private void OnMessage(RedisValue message)
    {
        var text = (string?)message;
        var separator = text?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        if (text is null || separator <= 0 || text.Length - separator - 1 is 0 or > MaxKeyLength) return;
        if (text.AsSpan(0, separator).SequenceEqual(instance.Name)) return;
        OnPeerNotice(text[(separator + 1)..]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other instances that {Subject} {Key} changed.")]
    private partial void LogPublishFailed(Exception error, string subject, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to Redis: other instances' changes to {Subject} are not seen here.")]
    private partial void LogSubscribeFailed(Exception error, string subject);
}
