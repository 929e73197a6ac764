using System.Runtime.CompilerServices;
using System.Threading.Channels;
using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Operations;

/// <summary>
/// Follows Compute operations until DONE: one background loop per operation (not per browser), shared by
/// every page and hub client. Each tracked operation is persisted so that tracking survives the user
/// closing the browser and, through <see cref="ResumeAsync"/>, a restart of the console. Progress goes to
/// subscribers (a snapshot first, then updates throttled to <see cref="OperationTrackingOptions.MinUpdateInterval"/>
/// per operation; DONE is always delivered). When an operation finishes, the tracker calls every
/// <see cref="IOperationCompletionHook"/> (the audit outcome and the list-cache clearing attach there, from <c>Model/</c>).
/// </summary>
public sealed partial class OperationTracker : IAsyncDisposable
{
    private readonly IDbContextFactory<ConsoleDbContext> _contextFactory;
    private readonly IOperationWaiter _waiter;
    private readonly IReadOnlyList<IOperationCompletionHook> _completionHooks;
    private readonly TimeProvider _time;
    private readonly OperationTrackingOptions _options;
    private readonly ILogger<OperationTracker> _logger;
    private readonly IOperationLeases _leases;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<OperationProgress, object> _fromPeer = [];

    private readonly Lock _gate = new();
    private readonly Dictionary<OperationKey, OperationState> _states = [];
    private readonly List<Subscriber> _subscribers = [];
    private readonly Dictionary<OperationKey, Loop> _loops = [];
    private readonly Dictionary<(string Project, string? Operation), int> _watchers = [];
    private readonly Dictionary<(string Project, string? Operation), int> _peerWatchers = [];
    private readonly Dictionary<OperationKey, OperationWatch> _watches = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    public OperationTracker(
        IDbContextFactory<ConsoleDbContext> contextFactory,
        IOperationWaiter waiter,
        IEnumerable<IOperationCompletionHook> completionHooks,
        TimeProvider timeProvider,
        IOptions<OperationTrackingOptions> options,
        ILogger<OperationTracker> logger,
        IOperationLeases? leases = null)
    {
        _leases = leases ?? new SingleInstanceOperationLeases();
        _contextFactory = contextFactory;
        _waiter = waiter;
        _completionHooks = [.. completionHooks];
        _time = timeProvider;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>
    /// Starts tracking an operation Compute just returned: persists it (once — tracking the same operation
    /// again, e.g. after a retried submission with the same request id, returns the existing record) and
    /// starts its background loop. Returns the tracked record.
    /// </summary>
    public async Task<TrackedOperation> TrackAsync(OperationSnapshot operation, OperationStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(start);
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);

        TrackedOperation tracked;
        await using (var db = await _contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var existing = await db.TrackedOperations.AsNoTracking().SingleOrDefaultAsync(
                o => o.Project == start.Project && o.Scope == operation.Scope && o.OperationName == operation.Name,
                cancellationToken);
            if (existing is not null)
            {
                tracked = existing.RequestId is null && start.RequestId is not null ? await AdoptAsync(existing, start, cancellationToken) : existing;
            }
            else
            {
                tracked = new TrackedOperation
                {
                    Project = start.Project,
                    Scope = operation.Scope,
                    OperationName = operation.Name,
                    RequestId = start.RequestId,
                    StartedBy = start.StartedBy,
                    AuditRecordId = start.AuditRecordId,
                    IdentityMode = start.IdentityMode,
                    TrackedSince = _time.GetUtcNow(),
                };
                Apply(tracked, operation);
                db.TrackedOperations.Add(tracked);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another submission of the same request tracked it first, or another path (the operations page's
                    // refresh, the discovery of running operations, here or on another instance) did, without its request id.
                    await using var again = await _contextFactory.CreateDbContextAsync(cancellationToken);
                    var first = await again.TrackedOperations.AsNoTracking().SingleAsync(
                        o => o.Project == start.Project && o.Scope == operation.Scope && o.OperationName == operation.Name,
                        cancellationToken);
                    tracked = first.RequestId is null && start.RequestId is not null ? await AdoptAsync(first, start, cancellationToken) : first;
                }
            }
        }

        Start(tracked);
        return tracked;
    }

    /// <summary>
    /// The action that started an operation tracks it after another path did (the operations page's refresh or the
    /// discovery of running operations saw it first, without its request id): the record takes the action's request id,
    /// person and audit record, so the operation is not shown as started outside the console, and this instance claims its
    /// lease (another instance may have tracked it first and be following it). The polling identity stays.
    /// When the operation is already DONE, the completion hooks run again: they may have run before the action's audit
    /// record named the operation, and would have left it Submitted.
    /// </summary>
    private async Task<TrackedOperation> AdoptAsync(TrackedOperation existing, OperationStart start, CancellationToken cancellationToken)
    {
        await using (var db = await _contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var adopted = await db.TrackedOperations.Where(o => o.Id == existing.Id && o.RequestId == null).ExecuteUpdateAsync(set => set
                .SetProperty(o => o.RequestId, start.RequestId)
                .SetProperty(o => o.StartedBy, start.StartedBy)
                .SetProperty(o => o.AuditRecordId, start.AuditRecordId), cancellationToken);
            // Another submission of the same request adopted it first: its values are the record's.
            if (adopted == 0) return await db.TrackedOperations.AsNoTracking().SingleAsync(o => o.Id == existing.Id, cancellationToken);
        }

        // The submitter follows its own operation, also when another instance tracked it first and holds its lease.
        if (!existing.Done && start.RequestId is not null) await _leases.ClaimAsync(existing.Id, cancellationToken);

        var key = new OperationKey(existing.Project, existing.Scope, existing.OperationName);
        OperationProgress progress;
        lock (_gate)
        {
            var live = _loops.GetValueOrDefault(key)?.Record;
            foreach (var record in live is null ? [existing] : new[] { existing, live })
            {
                record.RequestId = start.RequestId;
                record.StartedBy = start.StartedBy;
                record.AuditRecordId = start.AuditRecordId;
            }
            progress = ToProgress(live ?? existing);
            if (_states.ContainsKey(key)) Publish(key, progress);
        }
        if (existing.Done)
        {
            foreach (var hook in _completionHooks) await hook.OnCompletedAsync(progress, cancellationToken);
        }
        return existing;
    }

    /// <summary>Resumes a loop for every tracked operation that is not DONE (called once when the console starts).</summary>
    public async Task<int> ResumeAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.TrackedOperations.AsNoTracking().Where(o => !o.Done).ToListAsync(cancellationToken);
        foreach (var operation in open) Start(operation);
        if (open.Count > 0) LogResumed(open.Count);
        return open.Count;
    }

    /// <summary>The latest known state of the project's operations (or of one of them) that this process has seen.</summary>
    public IReadOnlyList<OperationProgress> GetSnapshot(string project, string? operationName = null)
    {
        lock (_gate)
        {
            return _states.Values
                .Where(s => Matches(project, operationName, s.Key))
                .Select(s => s.Latest)
                .ToList();
        }
    }

    /// <summary>
    /// A snapshot of the matching operations, then every update as it happens (throttled per operation;
    /// DONE always arrives). Ends when <paramref name="cancellationToken"/> is cancelled. The subscriber counts as
    /// watching the operation (or every operation of the project) while it is subscribed: see <see cref="Watch"/>.
    /// </summary>
    public IAsyncEnumerable<OperationProgress> SubscribeAsync(string project, string? operationName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        return SubscribeCoreAsync(project, operationName, watch: true, cancellationToken);
    }

    /// <summary>Every update of every project (for the SignalR broadcaster; not a watcher).</summary>
    internal IAsyncEnumerable<OperationProgress> SubscribeAllAsync(CancellationToken cancellationToken)
        => SubscribeCoreAsync(null, null, watch: false, cancellationToken);

    /// <summary>
    /// The one way to wait for an operation: completes with the operation as subscribers see it at DONE (Succeeded, or
    /// <see cref="OperationProgress.Failed"/> with Compute's reasons). Waiting is not watching: an operation only waited on
    /// is read with <c>operations.wait</c>, not polled. An operation this process does not follow is looked up in the
    /// tracked operations (DONE already, or followed again here). Throws <see cref="InvalidOperationException"/> for an
    /// operation nobody tracks, <see cref="OperationUnfollowedException"/> when the tracker stopped following it (a permanent
    /// polling error), <see cref="ObjectDisposedException"/> when the tracker stops (or has stopped) first, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled (use it for a time-out).
    /// </summary>
    public async Task<OperationProgress> WhenDoneAsync(string project, string operationName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        ArgumentException.ThrowIfNullOrEmpty(operationName);
        bool known;
        lock (_gate) known = _states.Keys.Any(k => Matches(project, operationName, k));
        if (!known)
        {
            await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
            var tracked = await db.TrackedOperations.AsNoTracking()
                .FirstOrDefaultAsync(o => o.Project == project && o.OperationName == operationName, cancellationToken)
                ?? throw new InvalidOperationException($"The console does not track operation {operationName} in project {project}.");
            if (tracked.Done) return ToProgress(tracked);
            Start(tracked); // publishes its state, so the subscription below starts from it
        }

        // The snapshot (taken under the publishing lock) holds the latest state, DONE included: nothing is missed.
        await foreach (var update in SubscribeCoreAsync(project, operationName, watch: false, cancellationToken))
        {
            if (update.Done) return update;
            if (update.Unfollowed) throw new OperationUnfollowedException(update);
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new ObjectDisposedException(nameof(OperationTracker), "The console stopped following operations before this one was DONE.");
    }

    /// <summary>
    /// Marks an operation (or, with <paramref name="operationName"/> null, every operation of the project) as watched by
    /// someone until the returned registration is disposed. A watched operation is read every
    /// <see cref="OperationTrackingOptions.ProgressPollInterval"/>; one nobody watches is only waited on. Subscribing
    /// (<see cref="SubscribeAsync"/>) watches; hub clients watch through <see cref="OperationHubWatchers"/>.
    /// </summary>
    public IDisposable Watch(string project, string? operationName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        var key = (project, operationName);
        bool added;
        lock (_gate)
        {
            added = AddWatcher(_watchers, key);
            RefreshWatches(project);
        }
        if (added) LocalWatchesChanged?.Invoke();
        return new WatchRegistration(this, key, peer: false);
    }

    /// <summary>
    /// Watches on behalf of people on another instance (relayed through Redis by <c>WatchInterestRelay</c>): an operation
    /// this instance follows is read as often as if they were here. Not part of <see cref="LocalWatches"/> (never relayed on).
    /// </summary>
    internal IDisposable WatchForPeer(string project, string? operationName)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        var key = (project, operationName);
        lock (_gate)
        {
            AddWatcher(_peerWatchers, key);
            RefreshWatches(project);
        }
        return new WatchRegistration(this, key, peer: true);
    }

    /// <summary>What people on this instance watch now: a project (operation null) or one operation of it.</summary>
    internal IReadOnlyList<(string Project, string? Operation)> LocalWatches()
    {
        lock (_gate) return [.. _watchers.Keys];
    }

    /// <summary>Raised (outside the tracker's lock) when <see cref="LocalWatches"/> gains or loses a key.</summary>
    internal event Action? LocalWatchesChanged;

    /// <summary>True while someone watches the operation (for the hub and tests).</summary>
    public bool IsWatched(string project, string operationName)
    {
        lock (_gate) return IsWatchedLocked(project, operationName);
    }

    private static bool AddWatcher(Dictionary<(string Project, string? Operation), int> watchers, (string Project, string? Operation) key)
    {
        var count = watchers.GetValueOrDefault(key);
        watchers[key] = count + 1;
        return count == 0;
    }

    private void Unwatch((string Project, string? Operation) key, bool peer)
    {
        var watchers = peer ? _peerWatchers : _watchers;
        lock (_gate)
        {
            if (!watchers.TryGetValue(key, out var count)) return;
            if (count <= 1) watchers.Remove(key);
            else watchers[key] = count - 1;
            RefreshWatches(key.Project);
            if (peer || count > 1) return;
        }
        LocalWatchesChanged?.Invoke();
    }

    private bool IsWatchedLocked(string project, string operationName)
        => _watchers.ContainsKey((project, null)) || _watchers.ContainsKey((project, operationName))
            || _peerWatchers.ContainsKey((project, null)) || _peerWatchers.ContainsKey((project, operationName));

    private void RefreshWatches(string project)
    {
        foreach (var (key, watch) in _watches)
        {
            if (string.Equals(key.Project, project, StringComparison.Ordinal)) watch.Set(IsWatchedLocked(key.Project, key.OperationName));
        }
    }

    private async IAsyncEnumerable<OperationProgress> SubscribeCoreAsync(
        string? project,
        string? operationName,
        bool watch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<OperationProgress>(new BoundedChannelOptions(Math.Max(1, _options.SubscriberBufferSize))
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = false,
        });
        var subscriber = new Subscriber(project, operationName, channel.Writer);
        List<OperationProgress> snapshot;
        lock (_gate)
        {
            // Under the same lock as publishing: nothing can slip between the snapshot and the first update.
            snapshot = _states.Values.Where(s => Matches(project, operationName, s.Key)).Select(s => s.Latest).ToList();
            _subscribers.Add(subscriber);
            if (_stopping.IsCancellationRequested) subscriber.Writer.TryComplete(); // stopped: nothing more will come
        }

        using var watching = watch && project is not null ? Watch(project, operationName) : null;
        try
        {
            foreach (var item in snapshot) yield return item;
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken)) yield return item;
        }
        finally
        {
            lock (_gate) _subscribers.Remove(subscriber);
        }
    }

    /// <summary>Stops every loop (operations stay persisted and resume on the next start).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_stopping.IsCancellationRequested) await _stopping.CancelAsync();
        Task[] loops;
        lock (_gate)
        {
            loops = [.. _loops.Values.Select(l => l.Task)];
            foreach (var state in _states.Values) state.Timer?.Dispose();
            foreach (var subscriber in _subscribers) subscriber.Writer.TryComplete();
        }
        await Task.WhenAll(loops).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops every loop; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
    }

    /// <summary>
    /// Follows an operation read from the database (one another instance stopped following): its loop takes the lease
    /// first. What subscribers already saw of it (from the owner, through <see cref="PublishFromPeer"/>) is kept.
    /// </summary>
    internal void Follow(TrackedOperation tracked) => Start(tracked);

    /// <summary>Progress of an operation another instance follows (relayed through Redis): delivered to subscribers here.</summary>
    internal void PublishFromPeer(OperationProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var key = new OperationKey(progress.Project, progress.Scope, progress.OperationName);
        lock (_gate)
        {
            if (_loops.TryGetValue(key, out var loop) && !loop.Task.IsCompleted) return; // followed here: this instance knows better
            _fromPeer.AddOrUpdate(progress, key);
            Publish(key, progress);
        }
    }

    /// <summary>True for an update that came from another instance (not to be relayed, broadcast or counted again here).</summary>
    internal bool IsFromPeer(OperationProgress progress) => _fromPeer.TryGetValue(progress, out _);

    /// <summary>Waits until the operation's loop has finished (for tests and shutdown).</summary>
    internal Task WhenLoopEndsAsync(string project, string scope, string operationName)
    {
        lock (_gate)
        {
            return _loops.TryGetValue(new OperationKey(project, scope, operationName), out var loop) ? loop.Task : Task.CompletedTask;
        }
    }

    private void Start(TrackedOperation tracked)
    {
        var key = new OperationKey(tracked.Project, tracked.Scope, tracked.OperationName);
        lock (_gate)
        {
            PruneFinished();
            if (_stopping.IsCancellationRequested) return; // stopped: it resumes on the next start
            if (_loops.TryGetValue(key, out var running) && !running.Task.IsCompleted) return;
            if (tracked.Done || !_states.ContainsKey(key)) Publish(key, ToProgress(tracked));
            if (tracked.Done) return;
            _loops[key] = new Loop(Task.Run(() => RunAsync(tracked, _stopping.Token), CancellationToken.None), tracked);
        }
    }

    private async Task RunAsync(TrackedOperation tracked, CancellationToken stopping)
    {
        try
        {
            if (!await _leases.TryAcquireAsync(tracked.Id, stopping)) return; // another instance follows it
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLeaseFailed(ex, tracked.Project, tracked.OperationName);
            return; // the lease monitor offers it again
        }

        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var renewal = RenewLeaseAsync(tracked, leaseLost);
        try
        {
            await FollowAsync(tracked, leaseLost.Token);
        }
        finally
        {
            await leaseLost.CancelAsync();
            if (!await renewal)
            {
                try
                {
                    await _leases.ReleaseAsync(tracked.Id, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    LogLeaseFailed(ex, tracked.Project, tracked.OperationName);
                }
            }
        }
    }

    /// <summary>Renews the lease until the loop ends; cancels <paramref name="loop"/> and returns true when another instance has taken it.</summary>
    private async Task<bool> RenewLeaseAsync(TrackedOperation tracked, CancellationTokenSource loop)
    {
        if (_leases.RenewInterval == Timeout.InfiniteTimeSpan) return false;
        try
        {
            while (true)
            {
                await Task.Delay(_leases.RenewInterval, _time, loop.Token);
                bool renewed;
                try
                {
                    renewed = await _leases.RenewAsync(tracked.Id, loop.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogLeaseFailed(ex, tracked.Project, tracked.OperationName);
                    continue; // the lease may still be valid; try again next interval
                }

                if (!renewed)
                {
                    LogLeaseLost(tracked.Project, tracked.OperationName);
                    await loop.CancelAsync();
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task FollowAsync(TrackedOperation tracked, CancellationToken cancellationToken)
    {
        var key = new OperationKey(tracked.Project, tracked.Scope, tracked.OperationName);
        var watch = new OperationWatch();
        lock (_gate)
        {
            watch.Set(IsWatchedLocked(key.Project, key.OperationName));
            _watches[key] = watch;
        }

        try
        {
            await FollowWatchedAsync(tracked, key, watch, cancellationToken);
        }
        finally
        {
            lock (_gate) _watches.Remove(key);
        }
    }

    private async Task FollowWatchedAsync(TrackedOperation tracked, OperationKey key, OperationWatch watch, CancellationToken cancellationToken)
    {
        var delay = _options.InitialRetryDelay;
        var progress = new CallbackProgress(snapshot =>
        {
            lock (_gate)
            {
                Apply(tracked, snapshot);
                tracked.LastPolled = _time.GetUtcNow();
                if (!snapshot.IsDone) Publish(key, ToProgress(tracked));
            }
        });

        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                OperationSnapshot? final = null;
                if (!string.Equals(tracked.Status, "DONE", StringComparison.Ordinal)) // tracked DONE already: complete it as it is
                {
                    final = await _waiter.WaitAsync(tracked, progress, watch, cancellationToken);
                    if (!final.IsDone)
                    {
                        progress.Report(final);
                        continue;
                    }
                }

                await CompleteAsync(tracked, final, cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await PersistQuietlyAsync(tracked);
                return;
            }
            catch (Exception ex) when (OperationPollingFailure.IsPermanent(ex))
            {
                LogPollingStopped(ex, tracked.Project, tracked.OperationName);
                tracked.ErrorReasons = AuditLog.JoinReasons(OperationPollingFailure.Reasons(ex));
                tracked.ErrorMessage = "The console stopped following this operation: " + ex.Message;
                await PersistQuietlyAsync(tracked);
                lock (_gate) Publish(key, ToProgress(tracked) with { Unfollowed = true });
                return;
            }
            catch (Exception ex)
            {
                LogPollingRetry(ex, tracked.Project, tracked.OperationName, delay);
                try
                {
                    await Task.Delay(delay, _time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    await PersistQuietlyAsync(tracked);
                    return;
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
        }
    }

    private async Task CompleteAsync(TrackedOperation tracked, OperationSnapshot? final, CancellationToken cancellationToken)
    {
        var key = new OperationKey(tracked.Project, tracked.Scope, tracked.OperationName);
        lock (_gate)
        {
            if (final is not null) Apply(tracked, final);
            tracked.Done = true;
            tracked.LastPolled = _time.GetUtcNow();
            if (string.IsNullOrEmpty(tracked.ErrorReasons)) tracked.Progress = 100;
        }

        await using (var db = await _contextFactory.CreateDbContextAsync(cancellationToken))
        {
            UpdateFollowed(db, tracked);
            await db.SaveChangesAsync(cancellationToken);
        }

        var finished = ToProgress(tracked);
        foreach (var hook in _completionHooks) await hook.OnCompletedAsync(finished, cancellationToken);
        lock (_gate) Publish(key, finished);
        LogFinished(tracked.Project, tracked.OperationName, finished.Failed ? "failed" : "succeeded");
    }

    /// <summary>A loop writes what it follows; who started the operation is written only when it is tracked (or adopted).</summary>
    private static void UpdateFollowed(ConsoleDbContext db, TrackedOperation tracked)
    {
        var entry = db.TrackedOperations.Update(tracked);
        entry.Property(o => o.RequestId).IsModified = false;
        entry.Property(o => o.StartedBy).IsModified = false;
        entry.Property(o => o.AuditRecordId).IsModified = false;
    }

    private async Task PersistQuietlyAsync(TrackedOperation tracked)
    {
        try
        {
            await using var db = await _contextFactory.CreateDbContextAsync(CancellationToken.None);
            UpdateFollowed(db, tracked);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogPersistFailed(ex, tracked.Project, tracked.OperationName);
        }
    }

    // ---- publishing and throttling (callers hold _gate) ----

    private void Publish(OperationKey key, OperationProgress progress)
    {
        if (!_states.TryGetValue(key, out var state))
        {
            state = new OperationState(key, progress);
            _states[key] = state;
            Emit(state, progress);
            return;
        }

        if (state.Latest.Done && !progress.Done) return; // never step back from DONE
        state.Latest = progress;
        var now = _time.GetUtcNow();

        if (progress.Done || progress.Unfollowed) // the last word on it: never held back by the throttle
        {
            state.Timer?.Dispose();
            state.Timer = null;
            state.Pending = null;
            if (!state.DoneEmitted) Emit(state, progress);
            return;
        }

        var nextAllowed = state.LastEmitted + _options.MinUpdateInterval;
        if (now >= nextAllowed && state.Timer is null)
        {
            Emit(state, progress);
            return;
        }

        state.Pending = progress;
        state.Timer ??= _time.CreateTimer(_ => FlushPending(key), null, nextAllowed - now, Timeout.InfiniteTimeSpan);
    }

    private void FlushPending(OperationKey key)
    {
        lock (_gate)
        {
            if (!_states.TryGetValue(key, out var state)) return;
            state.Timer?.Dispose();
            state.Timer = null;
            if (state.Pending is { } pending && !state.DoneEmitted)
            {
                state.Pending = null;
                Emit(state, pending);
            }
        }
    }

    private void Emit(OperationState state, OperationProgress progress)
    {
        state.LastEmitted = _time.GetUtcNow();
        state.DoneEmitted |= progress.Done;
        if (progress.Done) state.FinishedAt = state.LastEmitted;
        foreach (var subscriber in _subscribers)
        {
            if (Matches(subscriber.Project, subscriber.OperationName, state.Key)) subscriber.Writer.TryWrite(progress);
        }
    }

    private void PruneFinished()
    {
        var cutoff = _time.GetUtcNow() - _options.FinishedRetention;
        foreach (var state in _states.Values.Where(s => s.FinishedAt is { } at && at < cutoff).ToList())
        {
            _states.Remove(state.Key);
            _loops.Remove(state.Key);
        }
    }

    private static bool Matches(string? project, string? operationName, OperationKey key)
        => (project is null || string.Equals(project, key.Project, StringComparison.Ordinal))
            && (operationName is null || string.Equals(operationName, key.OperationName, StringComparison.Ordinal));

    // ---- mapping ----

    private static void Apply(TrackedOperation tracked, OperationSnapshot snapshot)
    {
        tracked.Status = string.IsNullOrEmpty(snapshot.Status) ? tracked.Status : snapshot.Status.ToUpperInvariant();
        tracked.Progress = Math.Clamp(snapshot.Progress, tracked.Progress, 100);
        tracked.TargetLink = snapshot.TargetLink ?? tracked.TargetLink;
        tracked.OperationType = snapshot.OperationType ?? tracked.OperationType;
        tracked.InsertTime = snapshot.InsertTime ?? tracked.InsertTime;
        tracked.StartTime = snapshot.StartTime ?? tracked.StartTime;
        tracked.EndTime = snapshot.EndTime ?? tracked.EndTime;
        tracked.LastRawJson = snapshot.RawJson ?? tracked.LastRawJson;
        if (snapshot.ErrorReasons.Count > 0 || snapshot.ErrorMessage is not null)
        {
            tracked.ErrorReasons = AuditLog.JoinReasons(snapshot.ErrorReasons);
            tracked.ErrorMessage = snapshot.ErrorMessage;
        }
    }

    private OperationProgress ToProgress(TrackedOperation tracked)
    {
        var started = tracked.StartTime ?? tracked.InsertTime ?? tracked.TrackedSince;
        var ended = tracked.Done ? tracked.EndTime ?? tracked.LastPolled ?? _time.GetUtcNow() : _time.GetUtcNow();
        var elapsed = ended > started ? ended - started : TimeSpan.Zero;
        return new OperationProgress(
            tracked.Project,
            tracked.OperationName,
            tracked.Scope,
            tracked.OperationType,
            tracked.TargetLink,
            tracked.Done ? "DONE" : tracked.Status,
            tracked.Progress,
            elapsed,
            AuditLog.SplitReasons(tracked.ErrorReasons),
            tracked.ErrorMessage,
            tracked.StartedBy,
            tracked.Done);
    }

    // ---- types ----

    private readonly record struct OperationKey(string Project, string Scope, string OperationName);

    /// <summary>A loop following an operation, and the record it follows (and writes).</summary>
    private sealed record Loop(Task Task, TrackedOperation Record);

    private sealed class OperationState(OperationKey key, OperationProgress latest)
    {
        public OperationKey Key { get; } = key;
        public OperationProgress Latest { get; set; } = latest;
        public OperationProgress? Pending { get; set; }
        public ITimer? Timer { get; set; }
        public DateTimeOffset LastEmitted { get; set; } = DateTimeOffset.MinValue;
        public bool DoneEmitted { get; set; }
        public DateTimeOffset? FinishedAt { get; set; }
    }

    private sealed class WatchRegistration(OperationTracker tracker, (string Project, string? Operation) key, bool peer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) tracker.Unwatch(key, peer);
        }
    }

    private sealed record Subscriber(string? Project, string? OperationName, ChannelWriter<OperationProgress> Writer);

    private sealed class CallbackProgress(Action<OperationSnapshot> report) : IProgress<OperationSnapshot>
    {
        public void Report(OperationSnapshot value) => report(value);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take or renew the lease of operation {Project}/{Operation}.")]
    private partial void LogLeaseFailed(Exception error, string project, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another instance took operation {Project}/{Operation} over; no longer following it here.")]
    private partial void LogLeaseLost(string project, string operation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed tracking {Count} unfinished Compute operations.")]
    private partial void LogResumed(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operation {Project}/{Operation} {Outcome}.")]
    private partial void LogFinished(string project, string operation, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not poll operation {Project}/{Operation}; trying again in {Delay}.")]
    private partial void LogPollingRetry(Exception error, string project, string operation, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stopped following operation {Project}/{Operation}.")]
    private partial void LogPollingStopped(Exception error, string project, string operation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not save the state of operation {Project}/{Operation}.")]
    private partial void LogPersistFailed(Exception error, string project, string operation);
}
