using MachineImagesConsole.Model.Commands;
using MachineImagesConsole.Model.Dashboards;
using MachineImagesConsole.Operations;
using MudBlazor;

namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// What the Operations page shows, kept current for one circuit (scoped): Compute's list of the project's operations,
/// read now and every <see cref="RefreshInterval"/>, merged with the tracker's live stream (snapshot, then updates);
/// in-flight operations Compute lists that the tracker does not follow yet are handed to it. Operations started outside
/// the console are found sooner by the shared <see cref="RunningOperationsDiscovery"/> (one poll per project and identity
/// scope, every 500 ms, for every circuit watching), which hands them to the tracker too, so they reach this board through
/// the same stream. A snackbar tells when an operation seen running finishes. Every change to the board runs through the
/// page's dispatcher (its renderer), and <see cref="Changed"/> says which row changed so only that row re-renders.
/// </summary>
public sealed class OperationsFeed(ComputeSession session, OperationTracker tracker, RunningOperationsDiscovery discovery, ISnackbar snackbar, TimeProvider time) : IAsyncDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CancellationTokenSource? _projectScope;
    private OperationsBoard? _following;
    private Func<Action, Task> _dispatch = action => { action(); return Task.CompletedTask; };

    /// <summary>How often Compute's list is read again to find operations started elsewhere.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string? Project { get; private set; }

    /// <summary>The rows, once Compute's list was read (null before).</summary>
    public OperationsBoard? Board { get; private set; }

    /// <summary>True while the tracker's stream is open.</summary>
    public bool Live { get; private set; }

    public DateTimeOffset? ListedAt { get; private set; }

    public IReadOnlyList<string> Unreadable { get; private set; } = [];

    /// <summary>
    /// Why the first read failed (a later failed refresh keeps what is shown), or why this identity may no longer read the
    /// project's operations (a denied discovery read: nothing of the project is shown).
    /// </summary>
    public DashboardError? Error { get; private set; }

    /// <summary>Why the last read of the project's running operations failed (a passing failure: the board stays), or null.</summary>
    public DiscoveryProblem? DiscoveryProblem { get; private set; }

    /// <summary>Raised (through the dispatcher) after a change: the key of the one row that changed, or null when the list changed.</summary>
    public event Action<string?>? Changed;

    /// <summary>
    /// Follows <paramref name="project"/> (null: nothing). <paramref name="dispatch"/> runs an action on the page's
    /// renderer (its <c>InvokeAsync</c>), so the board is only read and changed there.
    /// </summary>
    public void Follow(string? project, Func<Action, Task> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        _dispatch = dispatch;
        _projectScope?.Cancel();
        _projectScope?.Dispose();
        _projectScope = null;
        Board = _following = null;
        (Error, DiscoveryProblem, Live, ListedAt, Unreadable, Project) = (null, null, false, null, [], project);
        if (project is null) return;

        _projectScope = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        var token = _projectScope.Token;
        var board = _following = new OperationsBoard(project);
        _ = FollowTrackerAsync(project, board, token);
        _ = RefreshLoopAsync(project, board, token);
        _ = DiscoverAsync(project, board, token);
    }

    /// <summary>Reads Compute's list again now (the page's Retry).</summary>
    public Task RefreshAsync()
    {
        if (Project is not { } project || _projectScope is not { } scope || _following is not { } board) return Task.CompletedTask;
        Error = null;
        return LoadAsync(project, board, initial: true, scope.Token);
    }

    /// <summary>The operation's latest JSON from Compute, indented; or what was listed, with why the read failed.</summary>
    public async Task<(string Json, string? Error)> OperationJsonAsync(OperationRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            var client = session.Client;
            var slash = row.Scope.IndexOf('/', StringComparison.Ordinal);
            var operation = row.Scope switch
            {
                "global" => await client.GlobalOperations.GetAsync(row.Project, row.Name, cancellationToken),
                _ when row.Scope.StartsWith("zones/", StringComparison.Ordinal) => await client.ZoneOperations.GetAsync(row.Project, row.Scope[(slash + 1)..], row.Name, cancellationToken),
                _ => await client.RegionOperations.GetAsync(row.Project, row.Scope[(slash + 1)..], row.Name, cancellationToken),
            };
            return (Indent(OperationSnapshotMapper.ToSnapshot(operation).RawJson) ?? "{}", null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (Indent(Board?.RawJson(row.Key)) ?? "{}", DashboardError.From(e).Reason ?? e.GetType().Name);
        }
    }

    /// <summary>A tracker update of an operation the board shows as a progress record (for the details view).</summary>
    public OperationProgress AsProgress(OperationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Project, row.Name, row.Scope, row.Type, row.TargetLink, row.Status, row.Progress,
            row.Done ? row.Elapsed ?? TimeSpan.Zero : row.Started is { } s ? time.GetUtcNow() - s : TimeSpan.Zero,
            row.ErrorReasons, row.ErrorMessage, row.User ?? string.Empty, row.Done);
    }

    private async Task FollowTrackerAsync(string project, OperationsBoard board, CancellationToken cancellationToken)
    {
        try
        {
            var updates = tracker.SubscribeAsync(project, null, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                var next = updates.MoveNextAsync(); // subscribes at once (the snapshot and every later update)
                await DispatchAsync(() => { Live = true; Changed?.Invoke(null); });
                while (await next)
                {
                    var progress = updates.Current;
                    await DispatchAsync(() =>
                    {
                        var previous = board.Apply(progress, time.GetUtcNow());
                        if (previous is { InFlight: true } && progress.Done) AnnounceFinished(progress, board);
                        if (ReferenceEquals(board, Board) || Board is null) Changed?.Invoke(previous is null ? null : progress.Scope + "/" + progress.OperationName);
                    });
                    next = updates.MoveNextAsync();
                }
            }
            finally
            {
                await updates.DisposeAsync();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            if (!cancellationToken.IsCancellationRequested) await DispatchAsync(() => { Live = false; Changed?.Invoke(null); });
        }
    }

    /// <summary>Watches the project's running operations through the shared discovery until the project changes or the circuit ends.</summary>
    private async Task DiscoverAsync(string project, OperationsBoard board, CancellationToken cancellationToken)
    {
        try
        {
            var identity = await session.IdentityKeyAsync();
            if (cancellationToken.IsCancellationRequested) return;
            var watch = discovery.Watch(project, identity, session.Identity, session.Client, read => _ = DispatchAsync(() => OnDiscovered(board, read)));
            cancellationToken.Register(watch.Dispose);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await DispatchAsync(() => OnDiscovered(board, new DiscoveryRead(time.GetUtcNow(), 0, e, null)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private void OnDiscovered(OperationsBoard board, DiscoveryRead read)
    {
        if (!ReferenceEquals(board, _following)) return; // the page follows another project now
        var problem = read.Error is { } error ? new DiscoveryProblem(DashboardError.From(error), read.RetryIn) : null;
        if (read.Error is { } denied && RunningOperationsDiscovery.IsDenied(denied))
        {
            // This identity may not read the project's operations (any more): show none of them, only why.
            Error = problem!.Error;
            DiscoveryProblem = null;
            Changed?.Invoke(null);
            return;
        }

        if (problem is null && DiscoveryProblem is null) return;
        DiscoveryProblem = problem;
        Changed?.Invoke(null);
    }

    private async Task RefreshLoopAsync(string project, OperationsBoard board, CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(project, board, initial: true, cancellationToken);
            using var timer = new PeriodicTimer(RefreshInterval, time);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await LoadAsync(project, board, initial: false, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task LoadAsync(string project, OperationsBoard board, bool initial, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            OperationsListing listing;
            try
            {
                listing = await ProjectOperationsReader.ListAsync(session, project, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await DispatchAsync(() =>
                {
                    if (initial || Board is null) Error = DashboardError.From(e);
                    Changed?.Invoke(null);
                });
                return;
            }

            List<OperationSnapshot> discovered = [];
            await DispatchAsync(() =>
            {
                board.SetListed(listing.Operations, time.GetUtcNow());
                (Unreadable, ListedAt, Error, Board) = (listing.UnreadableScopes, time.GetUtcNow(), null, board);
                discovered = [.. board.Untracked.Select(r => board.SnapshotOf(r.Key)).OfType<OperationSnapshot>()];
                Changed?.Invoke(null);
            });

            // Operations started outside the console (gcloud, scripts) are followed too, so every viewer sees them live.
            foreach (var snapshot in discovered)
            {
                await tracker.TrackAsync(snapshot, new OperationStart(project, snapshot.User ?? "unknown", null, null, session.Identity), cancellationToken);
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private void AnnounceFinished(OperationProgress progress, OperationsBoard board)
    {
        var row = board.Find(progress.Scope + "/" + progress.OperationName);
        var what = row?.Title ?? OperationFormat.Title(progress.OperationType, OperationTarget.Parse(progress.TargetLink), progress.TargetLink);
        if (progress.Failed)
        {
            var problem = CommandProblems.FromOperation(progress);
            snackbar.Add($"{what} failed: {problem.Message}", Severity.Error);
        }
        else
        {
            snackbar.Add($"{what} finished ({OperationFormat.Elapsed(progress.Elapsed)}).", Severity.Success);
        }
    }

    private async Task DispatchAsync(Action action)
    {
        try
        {
            await _dispatch(action);
        }
        catch (ObjectDisposedException)
        {
        }
        catch (InvalidOperationException)
        {
            // No renderer any more (circuit gone).
        }
    }

    private static string? Indent(string? json)
    {
        if (json is null) return null;
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return System.Text.Json.JsonSerializer.Serialize(document.RootElement, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        _projectScope?.Dispose();
        _disposed.Dispose();
        _refreshGate.Dispose();
    }
}
