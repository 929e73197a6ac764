using System.Text.Json;
using MachineImagesConsole.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>
/// Someone watching an operation on one instance makes the instance that follows it read it every 500 ms. Each instance
/// publishes on Redis what people on it watch (<see cref="OperationTracker.LocalWatches"/>): at once when that changes
/// and every <see cref="Heartbeat"/>. Every other instance holds those watches for the peer
/// (<see cref="OperationTracker.WatchForPeer"/>) until the peer publishes a set without them, or until it has been silent
/// for <see cref="Expiry"/> (a dead instance's watches end with it). Without this, a page on B watching an operation A
/// follows would get A's updates only when A happens to have a watcher of its own, and otherwise only at DONE.
/// </summary>
public sealed partial class WatchInterestRelay(
    RedisConnection redis,
    OperationTracker tracker,
    ConsoleInstanceIdentity instance,
    TimeProvider time,
    ILogger<WatchInterestRelay> logger) : BackgroundService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(RedisConnection.Prefix + ":operations:watching");

    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(7);

    /// <summary>A peer's message naming more watches than this is ignored (a project page watches one key).</summary>
    public const int MaxWatchesPerMessage = 10_000;

    /// <summary>Longest project id or operation name taken from a peer (Compute's are far shorter).</summary>
    public const int MaxNameLength = 200;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, PeerWatches> _peers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _changed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await redis.TrySubscribeAsync(Channel, OnMessage, LogRelayFailed) is not { } subscriber) return;

        tracker.LocalWatchesChanged += OnLocalWatchesChanged;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var watches = tracker.LocalWatches().Select(w => new WatchKey(w.Project, w.Operation)).ToList();
                    await subscriber.PublishAsync(Channel, JsonSerializer.Serialize(new WatchMessage(instance.Name, watches)));
                }
                catch (RedisException ex)
                {
                    LogRelayFailed(ex);
                }

                ExpireSilentPeers();
                try
                {
                    await _changed.WaitAsync(Heartbeat, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        finally
        {
            tracker.LocalWatchesChanged -= OnLocalWatchesChanged;
            await subscriber.UnsubscribeAsync(Channel);
            lock (_gate)
            {
                foreach (var peer in _peers.Values) peer.DisposeAll();
                _peers.Clear();
            }
        }
    }

    private void OnLocalWatchesChanged()
    {
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // a publish is already due
        }
    }

    private void OnMessage(RedisValue message)
    {
        WatchMessage? received;
        try
        {
            received = JsonSerializer.Deserialize<WatchMessage>((string?)message ?? "null");
        }
        catch (JsonException)
        {
            return; // not one of ours
        }

        if (received?.Instance is not { Length: > 0 } peerName || received.Watches is not { } watches
            || watches.Count > MaxWatchesPerMessage || string.Equals(peerName, instance.Name, StringComparison.Ordinal)) return;

        var wanted = watches
            .Where(w => w is { Project.Length: > 0 and <= MaxNameLength } && (w.Operation is null || w.Operation.Length is > 0 and <= MaxNameLength))
            .Select(w => (w.Project, w.Operation)).ToHashSet();
        lock (_gate)
        {
            if (!_peers.TryGetValue(peerName, out var peer)) _peers[peerName] = peer = new PeerWatches();
            peer.LastHeard = time.GetUtcNow();
            foreach (var key in peer.Registrations.Keys.Where(k => !wanted.Contains(k)).ToList())
            {
                peer.Registrations.Remove(key, out var registration);
                registration?.Dispose();
            }
            foreach (var key in wanted.Where(k => !peer.Registrations.ContainsKey(k)))
                peer.Registrations[key] = tracker.WatchForPeer(key.Project, key.Operation);
        }
    }

    private void ExpireSilentPeers()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var (name, peer) in _peers.Where(p => now - p.Value.LastHeard > Expiry).ToList())
            {
                peer.DisposeAll();
                _peers.Remove(name);
            }
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    /// <summary>One message on <see cref="Channel"/>: everything people on <paramref name="Instance"/> watch now.</summary>
    public sealed record WatchMessage(string Instance, IReadOnlyList<WatchKey> Watches);

    public sealed record WatchKey(string Project, string? Operation);

    private sealed class PeerWatches
    {
        public DateTimeOffset LastHeard { get; set; }

        public Dictionary<(string Project, string? Operation), IDisposable> Registrations { get; } = [];

        public void DisposeAll()
        {
            foreach (var registration in Registrations.Values) registration.Dispose();
            Registrations.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not relay what people watch through Redis.")]
    private partial void LogRelayFailed(Exception error);
}
