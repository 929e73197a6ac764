using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Operations;

/// <summary>
/// The tracker's poller. Waits on Compute's <c>operations.wait</c> in the operation's scope, by project, scope and name (no
/// operation object is rebuilt to wait on), which answers when the operation is DONE or after its own time-out (about two
/// minutes; then it waits again, at most once per <see cref="MinWaitInterval"/>). Reads are
/// adaptive: only while someone watches the operation (<see cref="OperationWatch"/>) is it also read with
/// <c>operations.get</c> every <see cref="OperationTrackingOptions.ProgressPollInterval"/> (500 ms), so status and progress
/// move on screen in between (never backwards); the gets stop when the last watcher goes and start again with the next.
/// An operation nobody watches costs one <c>wait</c> call per two minutes.
/// </summary>
public sealed class ComputeOperationWaiter : IOperationWaiter
{
    private readonly IComputeClientFactory _clientFactory;
    private readonly IOperationPollingCredentials _credentials;
    private readonly TimeSpan _progressPollInterval;
    private readonly TimeProvider _time;

    /// <summary>Least time between two <c>operations.wait</c> calls when one answers before DONE.</summary>
    public static readonly TimeSpan MinWaitInterval = TimeSpan.FromSeconds(1);

    /// <summary>Waits only (no progress reads in between).</summary>
    public ComputeOperationWaiter(IComputeClientFactory clientFactory, IOperationPollingCredentials credentials)
        : this(clientFactory, credentials, Options.Create(new OperationTrackingOptions { ProgressPollInterval = TimeSpan.Zero }), TimeProvider.System)
    {
    }

    public ComputeOperationWaiter(IComputeClientFactory clientFactory, IOperationPollingCredentials credentials, IOptions<OperationTrackingOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clientFactory = clientFactory;
        _credentials = credentials;
        _progressPollInterval = options.Value.ProgressPollInterval;
        _time = timeProvider;
    }

    public async Task<OperationSnapshot> WaitAsync(TrackedOperation operation, IProgress<OperationSnapshot> progress, OperationWatch watch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(watch);
        var tokens = await _credentials.ForAsync(operation, cancellationToken);
        var client = _clientFactory.Create(tokens);
        var gate = new Lock();
        var finished = false;
        (int Rank, int Progress) reported = (0, 0);
        void Forward(Operation op)
        {
            var snapshot = OperationSnapshotMapper.ToSnapshot(op);
            lock (gate)
            {
                // Two sources (wait and get) may answer out of order: only ever report forward.
                var rank = Rank(snapshot.Status);
                if (finished || rank < reported.Rank || (rank == reported.Rank && snapshot.Progress < reported.Progress)) return;
                reported = (rank, snapshot.Progress);
            }
            progress.Report(snapshot);
        }

        var (project, scope, name) = (operation.Project, operation.Scope, operation.OperationName);
        using var polling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poller = _progressPollInterval > TimeSpan.Zero ? PollAsync(client, project, scope, name, watch, Forward, polling.Token) : Task.CompletedTask;
        try
        {
            while (true)
            {
                var asked = _time.GetTimestamp();
                var current = await ReadAsync(client, project, scope, name, wait: true, cancellationToken);
                Forward(current);
                if (string.Equals(current.Status, OperationStatus.Done, StringComparison.Ordinal)) return OperationSnapshotMapper.ToSnapshot(current);

                // wait answered before DONE (it may, under load, even at once): don't spin.
                var pause = MinWaitInterval - _time.GetElapsedTime(asked);
                if (pause > TimeSpan.Zero) await Task.Delay(pause, _time, cancellationToken);
            }
        }
        finally
        {
            lock (gate) finished = true;
            await polling.CancelAsync();
            await poller;
        }
    }

    /// <summary>One <c>operations.wait</c> (or, with <paramref name="wait"/> false, <c>operations.get</c>) in the operation's scope.</summary>
    private static async Task<Operation> ReadAsync(ComputeClient client, string project, string scope, string name, bool wait, CancellationToken cancellationToken)
    {
        if (scope.StartsWith("zones/", StringComparison.Ordinal))
        {
            var zone = scope["zones/".Length..];
            return wait ? await client.ZoneOperations.WaitAsync(project, zone, name, cancellationToken) : await client.ZoneOperations.GetAsync(project, zone, name, cancellationToken);
        }
        if (scope.StartsWith("regions/", StringComparison.Ordinal))
        {
            var region = scope["regions/".Length..];
            return wait ? await client.RegionOperations.WaitAsync(project, region, name, cancellationToken) : await client.RegionOperations.GetAsync(project, region, name, cancellationToken);
        }
        return wait ? await client.GlobalOperations.WaitAsync(project, name, cancellationToken) : await client.GlobalOperations.GetAsync(project, name, cancellationToken);
    }

    private async Task PollAsync(ComputeClient client, string project, string scope, string name, OperationWatch watch, Action<Operation> forward, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!watch.IsWatched)
                {
                    await watch.WhenChangedAsync(cancellationToken); // nobody watches: the wait alone follows it
                    continue;
                }

                try
                {
                    var current = await ReadAsync(client, project, scope, name, wait: false, cancellationToken);
                    forward(current);
                    if (string.Equals(current.Status, OperationStatus.Done, StringComparison.Ordinal)) return;
                }
                catch (Exception e) when (e is ComputeApiException or HttpRequestException or Compute.Credentials.AccessTokenException)
                {
                    // Progress reads are best effort: the wait decides how tracking ends.
                }

                await Task.Delay(_progressPollInterval, _time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private static int Rank(string? status) => status switch
    {
        "PENDING" => 1,
        "RUNNING" => 2,
        "DONE" => 3,
        _ => 0,
    };
}
