using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Operations;

/// <summary>
/// Every <see cref="IOperationLeases.RenewInterval"/>, looks for open operations whose owner stopped renewing (it died)
/// and hands them to the tracker here, which takes the lease and follows them to DONE.
/// </summary>
public sealed partial class OperationLeaseMonitor(
    IOperationLeases leases,
    OperationTracker tracker,
    Data.DatabaseReadiness readiness,
    TimeProvider time,
    ILogger<OperationLeaseMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (leases.RenewInterval == Timeout.InfiniteTimeSpan) return;
        try
        {
            await readiness.WaitAsync(stoppingToken);
            using var timer = new PeriodicTimer(leases.RenewInterval, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    foreach (var orphan in await leases.FindOrphansAsync(stoppingToken))
                    {
                        LogTakingOver(orphan.Project, orphan.OperationName);
                        tracker.Follow(orphan);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogScanFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Operation {Project}/{Operation} has no live owner: following it here.")]
    private partial void LogTakingOver(string project, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for operations without an owner.")]
    private partial void LogScanFailed(Exception error);
}
