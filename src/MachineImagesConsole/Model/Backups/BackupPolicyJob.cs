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

    /// <summary>
    /// The data of a trigger for one given run (a "Run now", or a run resumed at start-up): its key (Unix seconds), its
    /// trigger kind, who asked, and for which VM (empty: every VM of the policy).
    /// </summary>
    public const string RunAtKey = "runAt";
    public const string RunTriggerKey = "runTrigger";
    public const string RunByKey = "runBy";
    public const string RunInstanceKey = "runInstance";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var policyId = data.GetLong(PolicyIdKey);
        BackupPolicy? policy;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            policy = await db.BackupPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == policyId, cancellationToken);
        if (policy is null) return;

        if (data.ContainsKey(RunAtKey))
        {
            // One given run: a "Run now" (asked by a person, so it runs even while the schedule is paused), or a run that was
            // left unfinished when a console stopped, queued again at start-up; it resumes with the same requestIds.
            var kind = Enum.TryParse<BackupRunTrigger>(data.GetString(RunTriggerKey), out var k) ? k : BackupRunTrigger.RunNow;
            var instance = data.GetString(RunInstanceKey);
            await runner.RunAsync(policy.Id, DateTimeOffset.FromUnixTimeSeconds(data.GetLong(RunAtKey)), kind,
                data.GetString(RunByKey) ?? BackupPrincipal.ActorOf(policy.Name), cancellationToken, string.IsNullOrEmpty(instance) ? null : instance);
            return;
        }
        if (policy.Paused) return;

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
