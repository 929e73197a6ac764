using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// At start (after the database is migrated, before the scheduler runs): writes the policies declared in
/// <c>Console:Backups:Policies</c> into the database (declared ones removed from configuration are deleted, their images
/// kept), then brings the scheduler's jobs in step with every policy, and queues again every run a stopped console left
/// unfinished (so it resumes and settles by its requestIds; see <see cref="BackupScheduler.RequeueUnfinishedRunsAsync"/>).
/// </summary>
public sealed partial class DeclaredPoliciesSync(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    DatabaseReadiness readiness,
    BackupScheduler scheduler,
    IOptions<BackupsOptions> options,
    TimeProvider time,
    ILogger<DeclaredPoliciesSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        await WriteDeclaredAsync(cancellationToken);
        if (!options.Value.SchedulerEnabled) return;
        await scheduler.SyncAllAsync(cancellationToken);
        var resumed = await scheduler.RequeueUnfinishedRunsAsync(cancellationToken);
        if (resumed > 0) LogResumed(resumed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task WriteDeclaredAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.BackupPolicies.ToListAsync(cancellationToken);
        var declared = options.Value.Policies.Select(BackupsOptionsValidator.ToPolicy).ToList();
        var now = time.GetUtcNow();
        foreach (var policy in declared)
        {
            var row = stored.FirstOrDefault(p => p.Name == policy.Name);
            if (row is null)
            {
                policy.CreatedAt = now;
                policy.UpdatedAt = now;
                db.BackupPolicies.Add(policy);
                continue;
            }
            if (!row.Declared) LogTakenOver(policy.Name);
            policy.Id = row.Id;
            policy.Paused = row.Paused;
            policy.CreatedAt = row.CreatedAt;
            policy.UpdatedAt = now;
            db.Entry(row).CurrentValues.SetValues(policy);
        }
        foreach (var gone in stored.Where(p => p.Declared && declared.All(d => d.Name != p.Name)))
            db.BackupPolicies.Remove(gone);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} backup run(s) left unfinished by a stopped console are queued to resume.")]
    private partial void LogResumed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The backup policy {Policy} made in the UI is now declared in configuration, which replaces it.")]
    private partial void LogTakenOver(string policy);
}
