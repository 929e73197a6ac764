using MachineImagesConsole.Authentication;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Drills;
using MachineImagesConsole.Model.Restore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// A policy's scheduled restore drill: the newest READY machine image the policy made, restored by the existing drill runner
/// (queued through <see cref="DrillScheduler"/>, so it appears in the drill history and its trend).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class BackupDrillJob(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    ServiceAccountPipelines pipelines,
    DrillScheduler drills,
    ILogger<BackupDrillJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policyId = context.MergedJobDataMap.GetLong(BackupPolicyJob.PolicyIdKey);
        BackupPolicy? policy;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            policy = await db.BackupPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == policyId, cancellationToken);
        if (policy is null || policy.Paused) return;
        await DrillNewestAsync(policy, cancellationToken);
    }

    /// <summary>Queues a drill of the policy's newest backup; null when the policy has made none yet.</summary>
    public async Task<DrillRun?> DrillNewestAsync(BackupPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var (_, session) = pipelines.For(BackupPrincipal.For(policy));
        var newest = (await session.ListMachineImagesAsync(policy.Project, cancellationToken))
            .Where(i => i.Status == "READY" && i.Labels is { } l && l.TryGetValue(BackupPolicyRules.PolicyLabel, out var p) && p == policy.Name)
            .OrderByDescending(BackupRunner.Created)
            .FirstOrDefault();
        if (newest?.Name is null)
        {
            LogNothingToDrill(policy.Name);
            return null;
        }
        // Drills run as Operators do; the drill history records the policy as who asked.
        return await drills.RequestAsync(new DrillRequest { SourceProject = policy.Project, MachineImage = newest.Name },
            ConsolePrincipal.For(BackupPrincipal.ActorOf(policy.Name), ConsoleRoles.Operator), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup policy {Policy}: no backup to drill yet.")]
    private partial void LogNothingToDrill(string policy);
}
