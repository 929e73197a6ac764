using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Drills;

/// <summary>
/// Runs queued restore drills in the background (at most <see cref="DrillOptions.MaxConcurrentDrills"/> at once), and on
/// start resumes every drill that was not done when the console stopped.
/// </summary>
public sealed partial class DrillBackgroundService(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    DatabaseReadiness readiness,
    DrillQueue queue,
    DrillRunner runner,
    IOptions<DrillOptions> options,
    ILogger<DrillBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        await using (var db = await contextFactory.CreateDbContextAsync(stoppingToken))
        {
            var unfinished = await db.DrillRuns.Where(r => r.Phase != DrillPhase.Done).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(stoppingToken);
            foreach (var id in unfinished) queue.Enqueue(id);
            if (unfinished.Count > 0) LogResumed(unfinished.Count);
        }

        using var slots = new SemaphoreSlim(options.Value.MaxConcurrentDrills);
        var running = new List<Task>();
        var active = new HashSet<long>();
        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            lock (active)
            {
                if (!active.Add(id)) continue;
            }
            await slots.WaitAsync(stoppingToken);
            running.RemoveAll(t => t.IsCompleted);
            running.Add(Task.Run(async () =>
            {
                try
                {
                    await runner.RunAsync(id, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    // Stopping: the drill resumes on the next start.
                }
                catch (Exception error)
                {
                    LogCrashed(error, id);
                }
                finally
                {
                    lock (active) active.Remove(id);
                    slots.Release();
                }
            }, CancellationToken.None));
        }
        await Task.WhenAll(running);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} unfinished restore drills.")]
    private partial void LogResumed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Restore drill {DrillId} stopped unexpectedly; it resumes on the next start.")]
    private partial void LogCrashed(Exception error, long drillId);
}
