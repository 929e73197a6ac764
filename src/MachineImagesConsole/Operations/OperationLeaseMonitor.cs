using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Operations;

/// <summary>
/// Takes over open operations whose owner stopped renewing (it died) and hands them to the tracker here, which takes the
/// lease and follows them to DONE. It looks when the first lease held elsewhere runs out (plus <see cref="ExpiryMargin"/>),
/// and at least every <see cref="IOperationLeases.ScanInterval"/> for leases it has not seen yet: a dead owner's
/// operation is taken over as the lease of its last renewal expires, not up to a scan interval later.
/// </summary>
public sealed partial class OperationLeaseMonitor(
    IOperationLeases leases,
    OperationTracker tracker,
    Data.DatabaseReadiness readiness,
    TimeProvider time,
    ILogger<OperationLeaseMonitor> logger) : BackgroundService
{
    /// <summary>How long after a lease's expiry the monitor looks, so that the expiry has passed on its clock too.</summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (leases.RenewInterval == Timeout.InfiniteTimeSpan) return;
        try
        {
            await readiness.WaitAsync(stoppingToken);
            while (true)
            {
                DateTimeOffset? nextExpiry = null;
                try
                {
                    foreach (var orphan in await leases.FindOrphansAsync(stoppingToken))
                    {
                        LogTakingOver(orphan.Project, orphan.OperationName);
                        tracker.Follow(orphan);
                    }

                    nextExpiry = await leases.NextExpiryElsewhereAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogScanFailed(ex);
                }

                await Task.Delay(NextLook(time.GetUtcNow(), nextExpiry, leases.ScanInterval), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>How long to wait before looking again: until just after <paramref name="nextExpiry"/>, at most <paramref name="scanInterval"/>.</summary>
    public static TimeSpan NextLook(DateTimeOffset now, DateTimeOffset? nextExpiry, TimeSpan scanInterval)
    {
        if (nextExpiry is not { } expiry) return scanInterval;
        var untilExpired = expiry - now + ExpiryMargin;
        if (untilExpired < ExpiryMargin) untilExpired = ExpiryMargin;
        return untilExpired < scanInterval ? untilExpired : scanInterval;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Operation {Project}/{Operation} has no live owner: following it here.")]
    private partial void LogTakingOver(string project, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for operations without an owner.")]
    private partial void LogScanFailed(Exception error);
}
