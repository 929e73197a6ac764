using MachineImagesConsole.Operations;
using Microsoft.Extensions.Hosting;

namespace MachineImagesConsole.Hosting.Telemetry;

/// <summary>
/// Turns the tracker's progress stream into <see cref="ConsoleMetrics"/>: an operation first seen running counts as
/// started, its DONE as succeeded or failed with its duration. Counted by the instance whose tracker follows it.
/// </summary>
public sealed class OperationMetricsRecorder(OperationTracker tracker, ConsoleMetrics metrics) : BackgroundService
{
    private readonly Dictionary<(string Project, string Scope, string Name), bool> _seen = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var progress in tracker.SubscribeAllAsync(stoppingToken))
            {
                if (!tracker.IsFromPeer(progress)) Record(progress);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal void Record(OperationProgress progress)
    {
        var key = (progress.Project, progress.Scope, progress.OperationName);
        var kind = ConsoleMetrics.KindOf(progress.TargetLink, progress.OperationType);
        var known = _seen.TryGetValue(key, out var finished);
        if (!known)
        {
            metrics.OperationStarted(kind);
            _seen[key] = false;
        }

        if (progress.Done && !finished)
        {
            metrics.OperationFinished(kind, progress.Failed, progress.Elapsed);
            _seen[key] = true;
        }

        // Bounded: finished operations are forgotten once there are many (a late repeat of DONE is then not counted twice
        // only while remembered, which covers the tracker's own repeats).
        if (_seen.Count > 10_000)
        {
            foreach (var done in _seen.Where(p => p.Value).Select(p => p.Key).Take(5_000).ToList()) _seen.Remove(done);
        }
    }
}
