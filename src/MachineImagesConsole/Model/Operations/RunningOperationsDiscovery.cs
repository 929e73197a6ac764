using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// Finds operations started outside the console (gcloud, scripts, other consoles) soon after they start, for every page
/// watching a project's operations (singleton). While at least one watcher is registered for a (project, identity scope),
/// one poller on this instance reads the project's running operations — <c>globalOperations.aggregatedList</c> with
/// <c>filter=status != DONE</c> — every <see cref="OperationTrackingOptions.DiscoveryInterval"/> (500 ms), whatever the
/// number of watchers; it stops when the last one leaves. Each running operation the tracker does not follow yet is handed
/// to <see cref="OperationTracker.TrackAsync"/>, whose snapshot and stream put it on every watching page and move its
/// progress (the same path as an operation started in the console): there is no second progress mechanism here. An
/// operation the console itself submitted (its <c>clientOperationId</c> is the requestId of one of the console's audit
/// records) is left to its submitter, which tracks it with its requestId and audit record (and, scaled out, holds its
/// lease); this poll only sees it in the moment between Compute's answer and that.
/// <para>
/// Identity: pollers are keyed by identity scope (<c>serviceAccount</c>, or <c>user:&lt;email&gt;</c> with per-person
/// identity), and a poller reads with the client of one of its own watchers, so a person's poll runs with that person's
/// token and its outcome (including a denial) goes only to that person's watchers.
/// </para>
/// <para>
/// Errors (a 403, 429, 5xx or a network failure): the watchers are told (<see cref="DiscoveryRead.Error"/>), the poller
/// backs off from <see cref="OperationTrackingOptions.InitialRetryDelay"/> doubling to
/// <see cref="OperationTrackingOptions.MaxRetryDelay"/>, tries the next watcher's client, and never throws to a circuit.
/// </para>
/// </summary>
public sealed partial class RunningOperationsDiscovery(
    OperationTracker tracker,
    AuditLog auditLog,
    IOptions<OperationTrackingOptions> options,
    TimeProvider timeProvider,
    ILogger<RunningOperationsDiscovery> logger) : IAsyncDisposable
{
    private readonly OperationTrackingOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Project, string Identity), Poller> _pollers = [];
    private int _disposed;

    /// <summary>How often a watched project's running operations are read (zero: discovery is off).</summary>
    public TimeSpan Interval => _options.DiscoveryInterval;

    /// <summary>
    /// Registers a watcher of <paramref name="project"/>'s operations for <paramref name="identityScope"/> until the returned
    /// registration is disposed. <paramref name="client"/> calls Compute as that identity; <paramref name="onRead"/> is told
    /// each read's outcome (on the poller's thread: it must return quickly and not throw). When discovery is off
    /// (<see cref="Interval"/> zero) nothing is polled.
    /// </summary>
    public IDisposable Watch(string project, string identityScope, ComputeIdentity identity, ComputeClient client, Action<DiscoveryRead> onRead)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        ArgumentException.ThrowIfNullOrEmpty(identityScope);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(onRead);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        if (Interval <= TimeSpan.Zero) return NoRegistration.Instance;

        var key = (project, identityScope);
        var watcher = new Watcher(client, identity, onRead);
        DiscoveryRead? last;
        lock (_gate)
        {
            if (!_pollers.TryGetValue(key, out var poller))
            {
                poller = new Poller(project);
                _pollers[key] = poller;
                poller.Watchers.Add(watcher);
                poller.Loop = Task.Run(() => RunAsync(poller), CancellationToken.None);
                LogStarted(project, identityScope);
            }
            else
            {
                poller.Watchers.Add(watcher);
            }
            last = poller.Last;
        }

        if (last is { Failed: true }) Tell(watcher, last); // a new page learns at once that reads are failing
        return new Registration(this, key, watcher);
    }

    /// <summary>True while a poller runs for (<paramref name="project"/>, <paramref name="identityScope"/>).</summary>
    public bool IsPolling(string project, string identityScope)
    {
        lock (_gate) return _pollers.ContainsKey((project, identityScope));
    }

    /// <summary>Pollers running now (one per watched project and identity scope).</summary>
    public int PollerCount
    {
        get
        {
            lock (_gate) return _pollers.Count;
        }
    }

    /// <summary>Reads of Compute's list made by every poller since the console started (for tests and the call-rate figure).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    private long _reads;

    /// <summary>True when a read failed because this identity may not read the project's operations (not a passing failure).</summary>
    public static bool IsDenied(Exception error) => error switch
    {
        ComputeApiException api => api.IsForbidden || api.IsNotFound || api.StatusCode == System.Net.HttpStatusCode.Unauthorized,
        ReauthenticationRequiredException => true,
        _ => false,
    };

    private async Task RunAsync(Poller poller)
    {
        var token = poller.Stop.Token;
        var failures = 0;
        try
        {
            while (!token.IsCancellationRequested)
            {
                Watcher? reader;
                lock (_gate) reader = poller.Watchers.FirstOrDefault();
                if (reader is null) return;

                DiscoveryRead read;
                TimeSpan next;
                try
                {
                    Interlocked.Increment(ref _reads);
                    var listing = await ProjectOperationsReader.ListAsync(reader.Client, poller.Project, ProjectOperationsReader.NotDoneFilter, token);
                    var running = listing.Operations
                        .Where(o => !string.IsNullOrEmpty(o.Name))
                        .Select(OperationSnapshotMapper.ToSnapshot)
                        .Where(s => !s.IsDone)
                        .ToList();
                    await HandToTrackerAsync(poller, running, reader.Identity, token);
                    failures = 0;
                    next = Interval;
                    read = new DiscoveryRead(timeProvider.GetUtcNow(), running.Count, null, null);
                }
                catch (Exception e) when (!token.IsCancellationRequested)
                {
                    failures++;
                    next = Backoff(failures);
                    read = new DiscoveryRead(timeProvider.GetUtcNow(), 0, e, next);
                    LogReadFailed(e, poller.Project, next);
                    lock (_gate)
                    {
                        // The next attempt reads with another watcher's client (another circuit's session), if any.
                        if (poller.Watchers.Count > 1 && poller.Watchers.Remove(reader)) poller.Watchers.Add(reader);
                    }
                }

                Watcher[] watchers;
                lock (_gate)
                {
                    poller.Last = read;
                    watchers = [.. poller.Watchers];
                }
                foreach (var watcher in watchers) Tell(watcher, read);
                await Task.Delay(next, timeProvider, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private async Task HandToTrackerAsync(Poller poller, List<OperationSnapshot> running, ComputeIdentity identity, CancellationToken cancellationToken)
    {
        var listed = running.Select(s => (s.Scope, s.Name)).ToHashSet();
        poller.Handed.IntersectWith(listed); // forget what is no longer running
        if (running.Count == 0) return;

        var known = tracker.GetSnapshot(poller.Project).Select(p => (p.Scope, p.OperationName)).ToHashSet();
        foreach (var snapshot in running)
        {
            var id = (snapshot.Scope, snapshot.Name);
            if (known.Contains(id) || poller.Handed.Contains(id)) continue;
            try
            {
                if (Guid.TryParse(snapshot.ClientOperationId, out var requestId) && await auditLog.HasRequestAsync(requestId, cancellationToken))
                {
                    continue; // submitted by the console: its submitter tracks it (look again next read)
                }

                poller.Handed.Add(id);
                await tracker.TrackAsync(snapshot, new OperationStart(poller.Project, snapshot.User ?? "unknown", null, null, identity), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                poller.Handed.Remove(id); // try again on the next read
                LogTrackFailed(e, poller.Project, snapshot.Name);
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var delay = _options.InitialRetryDelay;
        for (var i = 1; i < failures && delay < _options.MaxRetryDelay; i++) delay += delay;
        return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
    }

    private void Tell(Watcher watcher, DiscoveryRead read)
    {
        try
        {
            watcher.OnRead(read);
        }
        catch (Exception e)
        {
            LogWatcherFailed(e);
        }
    }

    private void Unwatch((string Project, string Identity) key, Watcher watcher)
    {
        Poller? stopped = null;
        lock (_gate)
        {
            if (!_pollers.TryGetValue(key, out var poller) || !poller.Watchers.Remove(watcher)) return;
            if (poller.Watchers.Count == 0)
            {
                _pollers.Remove(key);
                stopped = poller;
            }
        }

        if (stopped is null) return;
        stopped.Stop.Cancel();
        LogStopped(key.Project, key.Identity);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        Poller[] pollers;
        lock (_gate)
        {
            pollers = [.. _pollers.Values];
            _pollers.Clear();
        }
        foreach (var poller in pollers) await poller.Stop.CancelAsync();
        await Task.WhenAll(pollers.Select(p => p.Loop ?? Task.CompletedTask));
    }

    private sealed class Poller(string project)
    {
        public string Project { get; } = project;
        public List<Watcher> Watchers { get; } = [];
        public HashSet<(string Scope, string Name)> Handed { get; } = [];
        public CancellationTokenSource Stop { get; } = new();
        public Task? Loop { get; set; }
        public DiscoveryRead? Last { get; set; }
    }

    private sealed record Watcher(ComputeClient Client, ComputeIdentity Identity, Action<DiscoveryRead> OnRead);

    private sealed class Registration(RunningOperationsDiscovery owner, (string Project, string Identity) key, Watcher watcher) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unwatch(key, watcher);
        }
    }

    private sealed class NoRegistration : IDisposable
    {
        public static readonly NoRegistration Instance = new();

        public void Dispose()
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discovering running operations of {Project} for {Identity}.")]
    private partial void LogStarted(string project, string identity);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stopped discovering running operations of {Project} for {Identity}: nobody watches.")]
    private partial void LogStopped(string project, string identity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the running operations of {Project}; reading again in {Delay}.")]
    private partial void LogReadFailed(Exception error, string project, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not start following operation {Project}/{Operation}; trying again on the next read.")]
    private partial void LogTrackFailed(Exception error, string project, string operation);

    [LoggerMessage(Level = LogLevel.Error, Message = "A watcher of running operations failed to take a read.")]
    private partial void LogWatcherFailed(Exception error);
}
