using System.Text.Json;
using MachineImagesConsole.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>
/// Progress reaches Blazor circuits on every instance: each update of an operation this instance follows is published
/// on Redis, and every other instance hands it to its own tracker (<see cref="OperationTracker.PublishFromPeer"/>), whose
/// subscribers (pages) then see it as if it were local. Updates that came from a peer are never sent on again.
/// </summary>
public sealed partial class OperationProgressRelay(
    RedisConnection redis,
    OperationTracker tracker,
    ConsoleInstanceIdentity instance,
    ILogger<OperationProgressRelay> logger) : BackgroundService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(RedisConnection.Prefix + ":operations:progress");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await redis.TrySubscribeAsync(Channel, OnMessage, LogRelayFailed) is not { } subscriber) return;

        try
        {
            await foreach (var progress in tracker.SubscribeAllAsync(stoppingToken))
            {
                if (tracker.IsFromPeer(progress)) continue;
                try
                {
                    await subscriber.PublishAsync(Channel, JsonSerializer.Serialize(new RelayedProgress(instance.Name, progress)));
                }
                catch (RedisException ex)
                {
                    LogRelayFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await subscriber.UnsubscribeAsync(Channel);
        }
    }

    private void OnMessage(RedisValue message)
    {
        RelayedProgress? relayed;
        try
        {
            relayed = JsonSerializer.Deserialize<RelayedProgress>((string?)message ?? "null");
        }
        catch (JsonException)
        {
            return;
        }

        if (relayed?.Progress is null || string.Equals(relayed.Instance, instance.Name, StringComparison.Ordinal)) return;
        tracker.PublishFromPeer(relayed.Progress);
    }

    /// <summary>One message on <see cref="Channel"/>.</summary>
    public sealed record RelayedProgress(string Instance, OperationProgress Progress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not relay operation progress through Redis.")]
    private partial void LogRelayFailed(Exception error);
}
