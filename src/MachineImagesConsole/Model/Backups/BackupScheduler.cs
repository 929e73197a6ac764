using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Keeps the scheduler's jobs in step with the policies (singleton): one cron trigger per policy (and one per scheduled
/// drill), misfire instruction "fire once now" — a tick missed while the console was down runs once at start-up, not once
/// per missed tick. A trigger whose schedule did not change is left alone, so its missed tick is not forgotten.
/// </summary>
public sealed class BackupScheduler(ISchedulerFactory schedulers, IDbContextFactory<ConsoleDbContext> contextFactory, TimeProvider time)
{
    public const string Group = "backups";
    public const string DrillGroup = "backup-drills";

    public static JobKey JobOf(long policyId) => new("policy-" + policyId, Group);

    public static TriggerKey TriggerOf(long policyId) => new("policy-" + policyId, Group);

    public static JobKey DrillJobOf(long policyId) => new("drill-" + policyId, DrillGroup);

    public static TriggerKey DrillTriggerOf(long policyId) => new("drill-" + policyId, DrillGroup);

    /// <summary>Schedules every policy and removes jobs of policies that no longer exist.</summary>
    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        List<BackupPolicy> policies;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            policies = await db.BackupPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var policy in policies) await SyncAsync(scheduler, policy, cancellationToken);

        var ids = policies.Select(p => p.Id).ToHashSet();
        foreach (var group in new[] { Group, DrillGroup })
        {
            var page = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(group), Take = 10_000 }, cancellationToken);
            foreach (var key in page.Items.Select(h => h.Key).Where(k => !long.TryParse(k.Name[(k.Name.IndexOf('-', StringComparison.Ordinal) + 1)..], out var id) || !ids.Contains(id)))
                await scheduler.DeleteJob(key, cancellationToken);
        }
    }

    /// <summary>Schedules (or reschedules, pauses, removes the drill of) one policy.</summary>
    public async Task SyncAsync(BackupPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        await SyncAsync(await schedulers.GetScheduler(cancellationToken), policy, cancellationToken);
    }

    public async Task RemoveAsync(long policyId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(JobOf(policyId), cancellationToken);
        await scheduler.DeleteJob(DrillJobOf(policyId), cancellationToken);
    }

    /// <summary>
    /// Queues a "Run now" of the policy (of one VM when <paramref name="instance"/> is <c>zone/name</c>) as a one-shot trigger
    /// of the policy's job in the persistent store: it runs after any tick of the policy in progress (on any console of a
    /// cluster), and one that has not fired yet when the console stops fires at the next start.
    /// </summary>
    public Task QueueRunNowAsync(BackupPolicy policy, DateTimeOffset at, string requestedBy, string? instance, CancellationToken cancellationToken)
        => QueueRunAsync(policy, at, BackupRunTrigger.RunNow, requestedBy, instance, cancellationToken);

    /// <summary>
    /// At start-up: queues again every run left Running (a console stopped or crashed during it), so it resumes with the same
    /// requestIds and settles what Compute made meanwhile. A run another console of a cluster is still running is not run
    /// twice: the policy's job never runs twice at once, and the second firing finds the run finished and makes nothing.
    /// </summary>
    public async Task<int> RequeueUnfinishedRunsAsync(CancellationToken cancellationToken)
    {
        List<(BackupRun Run, BackupPolicy Policy)> unfinished;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var runs = await db.BackupRuns.AsNoTracking().Where(r => r.Status == BackupRunStatus.Running).ToListAsync(cancellationToken);
            var ids = runs.Select(r => r.PolicyId).ToHashSet();
            var policies = await db.BackupPolicies.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            unfinished = [.. runs.Where(r => policies.ContainsKey(r.PolicyId)).Select(r => (r, policies[r.PolicyId]))];
        }
        foreach (var (run, policy) in unfinished)
            await QueueRunAsync(policy, run.ScheduledFor, run.Trigger, run.RequestedBy, run.Instance, cancellationToken);
        return unfinished.Count;
    }

    private async Task QueueRunAsync(BackupPolicy policy, DateTimeOffset at, BackupRunTrigger kind, string requestedBy, string? instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (!await scheduler.Exists(JobOf(policy.Id), cancellationToken)) await SyncAsync(scheduler, policy, cancellationToken);
        var trigger = TriggerBuilder.Create(time).WithIdentity("run-" + Guid.NewGuid().ToString("N"), Group).ForJob(JobOf(policy.Id))
            .UsingJobData(BackupPolicyJob.RunAtKey, at.ToUnixTimeSeconds())
            .UsingJobData(BackupPolicyJob.RunTriggerKey, kind.ToString())
            .UsingJobData(BackupPolicyJob.RunByKey, requestedBy)
            .UsingJobData(BackupPolicyJob.RunInstanceKey, instance ?? "")
            .StartAt(time.GetUtcNow())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
    }

    /// <summary>The next scheduled run of the policy (null when paused or not scheduled).</summary>
    public async Task<DateTimeOffset?> NextRunAsync(long policyId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(TriggerOf(policyId), cancellationToken);
        if (trigger is null) return null;
        var state = await scheduler.GetTriggerState(TriggerOf(policyId), cancellationToken);
        return state == TriggerState.Paused ? null : trigger.NextFireTimeUtc;
    }

    private async Task SyncAsync(IScheduler scheduler, BackupPolicy policy, CancellationToken cancellationToken)
    {
        await EnsureAsync<BackupPolicyJob>(scheduler, policy, JobOf(policy.Id), TriggerOf(policy.Id), policy.Schedule, cancellationToken);
        if (string.IsNullOrWhiteSpace(policy.DrillSchedule)) await scheduler.DeleteJob(DrillJobOf(policy.Id), cancellationToken);
        else await EnsureAsync<BackupDrillJob>(scheduler, policy, DrillJobOf(policy.Id), DrillTriggerOf(policy.Id), policy.DrillSchedule, cancellationToken);
    }

    private async Task EnsureAsync<TJob>(IScheduler scheduler, BackupPolicy policy, JobKey jobKey, TriggerKey triggerKey, string cron, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var expression = BackupSchedule.Parse(cron, policy.TimeZone);
        var existing = await scheduler.GetTrigger(triggerKey, cancellationToken) as ICronTrigger;
        var same = existing is not null
            && existing.CronExpressionString == expression.CronExpressionString
            && existing.TimeZone.Id == expression.TimeZone.Id;
        if (!same)
        {
            var job = JobBuilder.Create<TJob>().WithIdentity(jobKey).UsingJobData(BackupPolicyJob.PolicyIdKey, policy.Id)
                .StoreDurably().RequestRecovery().WithDescription($"Backup policy {policy.Name}").Build();
            var trigger = TriggerBuilder.Create(time).WithIdentity(triggerKey).ForJob(jobKey).StartAt(time.GetUtcNow())
                .WithSchedule(CronScheduleBuilder.Create(expression).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }

        var state = await scheduler.GetTriggerState(triggerKey, cancellationToken);
        if (policy.Paused && state != TriggerState.Paused) await scheduler.PauseTrigger(triggerKey, cancellationToken);
        if (!policy.Paused && state == TriggerState.Paused) await scheduler.ResumeTrigger(triggerKey, cancellationToken);
    }
}
