using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// The scheduler's job for one policy's tick (one job per policy; never two runs of a policy at once). The run is keyed by
/// the scheduled fire time. A tick missed while the console was down is fired once at start-up ("fire once now"), still
/// carrying the time it was scheduled for, and is recorded as a catch-up of that tick; however often it is re-fired it is
/// the same run, with the same requestIds, and can make no second image.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BackupPolicyJob(BackupRunner runner, IDbContextFactory<ConsoleDbContext> contextFactory, Microsoft.Extensions.Options.IOptions<BackupsOptions> options) : IJob
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

        var (scheduledFor, trigger) = Key(policy, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.FireTimeUtc, options.Value.MisfireThreshold);
        await runner.RunAsync(policy.Id, scheduledFor, trigger, BackupPrincipal.ActorOf(policy.Name), cancellationToken);
    }

    /// <summary>
    /// The tick a firing stands for: its scheduled time when that is on the schedule (a catch-up when it fired later than the
    /// misfire threshold), else the last tick before it (a catch-up).
    /// </summary>
    public static (DateTimeOffset ScheduledFor, BackupRunTrigger Trigger) Key(BackupPolicy policy, DateTimeOffset scheduled, DateTimeOffset fired, TimeSpan misfireThreshold)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var cron = BackupSchedule.Parse(policy.Schedule, policy.TimeZone);
        var second = new DateTimeOffset(scheduled.UtcTicks - (scheduled.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        if (cron.IsSatisfiedBy(second)) return (second, fired - second > misfireThreshold ? BackupRunTrigger.CatchUp : BackupRunTrigger.Schedule);
        return (cron.GetPreviousValidTimeBefore(second) ?? second, BackupRunTrigger.CatchUp);
    }
}
