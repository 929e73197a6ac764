using MachineImagesConsole.Data;
using Microsoft.Extensions.Hosting;

namespace MachineImagesConsole.Operations;

/// <summary>Resumes unfinished operations once the database is ready, and stops every loop on shutdown.</summary>
public sealed class OperationTrackerHostedService(OperationTracker tracker, DatabaseReadiness readiness) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            await tracker.ResumeAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await tracker.StopAsync(cancellationToken);
    }
}
