using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// The scheduler's job for one policy's tick (one job per policy; never two runs of a policy at once). The run is keyed by
/// the scheduled fire time. A catch-up after downtime (Quartz fires a missed trigger once at start-up, at the start-up
/// time) is keyed by the tick it replaces — the last cron time before it — so however often it is re-fired it is the same
/// run, with the same requestIds, and can make no second image.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BackupPolicyJob(BackupRunner runner, IDbContextFactory<ConsoleDbContext> contextFactory) : IJob
{
    public const string PolicyIdKey = "policyId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policyId = context.MergedJobDataMap.GetLong(PolicyIdKey);
        BackupPolicy? policy;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            policy = await db.BackupPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == policyId, cancellationToken);
        if (policy is null || policy.Paused) return;

        var (scheduledFor, trigger) = Key(policy, context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        await runner.RunAsync(policy.Id, scheduledFor, trigger, BackupPrincipal.ActorOf(policy.Name), cancellationToken);
    }

    /// <summary>The tick a firing stands for: itself when it is on the schedule, else the last tick before it (a catch-up).</summary>
    public static (DateTimeOffset ScheduledFor, BackupRunTrigger Trigger) Key(BackupPolicy policy, DateTimeOffset fired)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var cron = BackupSchedule.Parse(policy.Schedule, policy.TimeZone);
        var second = new DateTimeOffset(fired.UtcTicks - (fired.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        if (cron.IsSatisfiedBy(second)) return (second, BackupRunTrigger.Schedule);
        return (cron.GetPreviousValidTimeBefore(second) ?? second, BackupRunTrigger.CatchUp);
    }
}
