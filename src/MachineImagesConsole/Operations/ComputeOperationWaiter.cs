using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Operations;

/// <summary>
/// The tracker's poller. Waits on Compute's <c>operations.wait</c> (through <see cref="ComputeClient.WaitForOperationAsync"/>),
/// which answers when the operation is DONE or after its own time-out (about two minutes; then it waits again). Reads are
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
        var first = true;
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

        var report = new Progress(op =>
        {
            // The client reports the operation it was given first: that is our own stored state, skip it.
            if (first)
            {
                first = false;
                return;
            }
            Forward(op);
        });

        var start = OperationSnapshotMapper.ToOperation(operation);
        using var polling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poller = _progressPollInterval > TimeSpan.Zero ? PollAsync(client, start, watch, Forward, polling.Token) : Task.CompletedTask;
        try
        {
            var done = await client.WaitForOperationAsync(start, timeout: null, report, cancellationToken);
            return OperationSnapshotMapper.ToSnapshot(done);
        }
        catch (ComputeOperationException failed)
        {
            return OperationSnapshotMapper.ToSnapshot(failed.Operation);
        }
        finally
        {
            lock (gate) finished = true;
            await polling.CancelAsync();
            await poller;
        }
    }

    private async Task PollAsync(ComputeClient client, Operation operation, OperationWatch watch, Action<Operation> forward, CancellationToken cancellationToken)
    {
        var name = operation.Name!;
        var scope = OperationScopes.From(operation.Zone, operation.Region);
        var project = ProjectOf(operation.SelfLink);
        if (project is null) return;
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
                    var slash = scope.IndexOf('/', StringComparison.Ordinal);
                    var current = scope switch
                    {
                        OperationScopes.Global => await client.GlobalOperations.GetAsync(project, name, cancellationToken),
                        _ when scope.StartsWith("zones/", StringComparison.Ordinal) => await client.ZoneOperations.GetAsync(project, scope[(slash + 1)..], name, cancellationToken),
                        _ => await client.RegionOperations.GetAsync(project, scope[(slash + 1)..], name, cancellationToken),
                    };
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

    private static string? ProjectOf(string? selfLink)
    {
        if (selfLink is null) return null;
        var segments = selfLink.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "projects");
        return at >= 0 && at + 1 < segments.Length ? segments[at + 1] : null;
    }

    private static int Rank(string? status) => status switch
    {
        "PENDING" => 1,
        "RUNNING" => 2,
        "DONE" => 3,
        _ => 0,
    };

    private sealed class Progress(Action<Operation> report) : IProgress<Operation>
    {
        public void Report(Operation value) => report(value);
    }
}
