using MachineImagesConsole.Compute.Links;
using System.Globalization;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Restore;
using MachineImagesConsole.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Runs one tick of a backup policy (singleton; called by the scheduler's job and by "Run now"): resolves the targets now
/// (explicit instances and the label selector), checks Compute's limits before submitting (six per VM per hour and one per
/// 10 minutes, 20 creations in flight per region — the rest queue —, 1,000 machine images per project), then per VM sends
/// <c>machineImages.insert</c> through the <see cref="MutationPipeline"/> as the console's service account, authorized and
/// audited as the policy, with a requestId derived from (policy, instance, scheduled fire time), follows each operation on
/// the <see cref="OperationTracker"/> to DONE, records the run history, and applies the policy's retention.
/// A run already recorded for the same scheduled time is not made again.
/// </summary>
public sealed partial class BackupRunner(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    ServiceAccountPipelines pipelines,
    OperationTracker tracker,
    BackupRegionSlots slots,
    BackupRetention retention,
    BackupRunFeed feed,
    IOptions<BackupsOptions> options,
    TimeProvider time,
    ILogger<BackupRunner> logger,
    BackupMetrics? metrics = null)
{
    /// <summary>Warn when a project holds this share of its machine-image limit.</summary>
    public const double ProjectWarnShare = 0.9;

    /// <summary>
    /// Runs the policy for <paramref name="scheduledFor"/>; returns the run (the existing one when it was already made).
    /// With <paramref name="onlyInstance"/> (<c>zone/name</c>, a "Run now" of one VM) it backs up only that VM. Runs are keyed
    /// by (policy, second): a "Run now" whose second already holds a run for other VMs takes the next free second, so the
    /// same request (re-fired after a crash) finds its own run again and two requests in one second are two runs.
    /// </summary>
    public async Task<BackupRun?> RunAsync(long policyId, DateTimeOffset scheduledFor, BackupRunTrigger trigger, string requestedBy, CancellationToken cancellationToken, string? onlyInstance = null)
    {
        scheduledFor = new DateTimeOffset(scheduledFor.UtcTicks - (scheduledFor.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        BackupPolicy? policy;
        BackupRun run;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            policy = await db.BackupPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == policyId, cancellationToken);
            if (policy is null) return null;
            var existing = await db.BackupRuns.AsNoTracking().Include(r => r.Items).FirstOrDefaultAsync(r => r.PolicyId == policyId && r.ScheduledFor == scheduledFor, cancellationToken);
            while (trigger == BackupRunTrigger.RunNow && existing is not null && (existing.Instance != onlyInstance || existing.Trigger != BackupRunTrigger.RunNow))
            {
                scheduledFor = scheduledFor.AddSeconds(1);
                existing = await db.BackupRuns.AsNoTracking().Include(r => r.Items).FirstOrDefaultAsync(r => r.PolicyId == policyId && r.ScheduledFor == scheduledFor, cancellationToken);
            }
            if (existing is not null && existing.Status != BackupRunStatus.Running)
            {
                LogReplay(policy.Name, scheduledFor);
                return existing;
            }
            if (existing is not null)
            {
                run = existing;
            }
            else
            {
                run = new BackupRun
                {
                    PolicyId = policy.Id,
                    PolicyName = policy.Name,
                    Project = policy.Project,
                    ScheduledFor = scheduledFor,
                    StartedAt = time.GetUtcNow(),
                    Trigger = trigger,
                    RequestedBy = requestedBy,
                    Status = BackupRunStatus.Running,
                    Instance = onlyInstance,
                };
                db.BackupRuns.Add(run);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another console (or a re-fired trigger) started the same run first: it owns it.
                    LogReplay(policy.Name, scheduledFor);
                    await using var again = await contextFactory.CreateDbContextAsync(cancellationToken);
                    return await again.BackupRuns.AsNoTracking().Include(r => r.Items).FirstAsync(r => r.PolicyId == policyId && r.ScheduledFor == scheduledFor, cancellationToken);
                }
            }
        }
        feed.NotifyChanged(policy.Id);

        var notes = new List<string>();
        var (pipeline, session) = pipelines.For(BackupPrincipal.For(policy));
        try
        {
            var (targets, missing) = await ResolveTargetsAsync(session.Client, policy, cancellationToken);
            if (run.Instance is { } only)
            {
                // A "Run now" of one VM: that VM, when the policy covers it now (its instances or its label selector).
                targets = [.. targets.Where(t => $"{t.Zone}/{t.Vm.Name}" == only)];
                missing = [.. missing.Where(m => m == only)];
                if (targets.Count == 0 && missing.Count == 0)
                    notes.Add($"The VM {only} is not one of the policy's VMs now (its instances or its label selector); nothing was backed up.");
            }
            var images = new List<MachineImage>();
            await foreach (var image in session.Client.MachineImages.ListAsync(policy.Project, null, cancellationToken)) images.Add(image);

            var plans = new List<ItemPlan>();
            foreach (var name in missing)
                plans.Add(new ItemPlan(name, null, BackupItemStatus.Skipped, $"The VM {name} was not found in {policy.Project}; it is skipped."));
            if (targets.Count == 0 && missing.Count == 0 && run.Instance is null) notes.Add("No VM matched the policy's targets at this run.");

            var room = ComputeLimits.MachineImagesPerProject - images.Count;
            if (images.Count >= ComputeLimits.MachineImagesPerProject * ProjectWarnShare)
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"The project holds {images.Count} of {ComputeLimits.MachineImagesPerProject} machine images (90% or more of Compute's limit): delete old ones or ask Google for more."));
            var now = time.GetUtcNow();
            foreach (var (zone, vm) in targets)
            {
                var instance = $"{zone}/{vm.Name}";
                var created = images.Where(i => Drills.LatestBackup.IsOf(i.SourceInstance, policy.Project, $"zones/{zone}/instances/{vm.Name}")).Select(Created);
                var nextAllowed = SourceRateLimit.NextAllowed(created, now);
                if (room <= 0)
                    plans.Add(new ItemPlan(instance, vm, BackupItemStatus.Skipped, string.Create(CultureInfo.InvariantCulture, $"Refused: the project {policy.Project} is at Compute's limit of {ComputeLimits.MachineImagesPerProject} machine images. Delete old machine images (or ask Google to raise the quota), then run again.")));
                else if (nextAllowed > now)
                    plans.Add(new ItemPlan(instance, vm, BackupItemStatus.Skipped, string.Create(CultureInfo.InvariantCulture, $"Skipped: Compute allows one machine image of a VM per 10 minutes (bursts of 6 per hour); the next is allowed at {nextAllowed:yyyy-MM-dd HH:mm:ss} UTC.")));
                else
                {
                    plans.Add(new ItemPlan(instance, vm, BackupItemStatus.Queued, null));
                    room--;
                }
            }

            var items = await RecordItemsAsync(run, policy, plans, cancellationToken);
            feed.NotifyChanged(policy.Id);
            await Task.WhenAll(items.Where(i => i.Item.Status is BackupItemStatus.Queued or BackupItemStatus.Creating)
                .Select(i => BackupOneAsync(policy, pipeline, i.Item, i.Plan.Vm!, cancellationToken)));

            var finalItems = items.Select(i => i.Item).ToList();
            var succeeded = finalItems.Where(i => i.Status == BackupItemStatus.Succeeded).Select(i => i.Instance).ToList();
            string? retentionSummary = null;
            if (succeeded.Count > 0 && BackupPolicyRules.HasRetention(policy))
                retentionSummary = await retention.ApplyAsync(policy, pipeline, session.Client, succeeded, cancellationToken);
            await FinishAsync(run.Id, Outcome(finalItems), notes, retentionSummary);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // stopping: the run stays Running and is resumed by the same trigger's recovery
        }
        catch (Exception error) when (error is ComputeApiException or HttpRequestException or Compute.Credentials.AccessTokenException)
        {
            notes.Add("The run could not read the project: " + error.Message);
            await FinishAsync(run.Id, BackupRunStatus.Failed, notes, null);
        }

        feed.NotifyChanged(policy.Id);
        await using var read = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        return await read.BackupRuns.AsNoTracking().Include(r => r.Items).FirstAsync(r => r.Id == run.Id, CancellationToken.None);
    }

    private static BackupRunStatus Outcome(List<BackupRunItem> items)
    {
        if (items.Count == 0 || items.All(i => i.Status == BackupItemStatus.Skipped)) return BackupRunStatus.Skipped;
        var ok = items.Count(i => i.Status == BackupItemStatus.Succeeded);
        var bad = items.Count(i => i.Status is BackupItemStatus.Failed or BackupItemStatus.Skipped);
        return bad == 0 ? BackupRunStatus.Succeeded : ok == 0 ? BackupRunStatus.Failed : BackupRunStatus.PartlyFailed;
    }

    private async Task<List<(BackupRunItem Item, ItemPlan Plan)>> RecordItemsAsync(BackupRun run, BackupPolicy policy, List<ItemPlan> plans, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.BackupRunItems.Where(i => i.RunId == run.Id).ToListAsync(cancellationToken);
        var result = new List<(BackupRunItem, ItemPlan)>();
        foreach (var plan in plans)
        {
            var item = existing.FirstOrDefault(i => i.Instance == plan.Instance);
            if (item is null)
            {
                var (zone, name) = Split(plan.Instance);
                item = new BackupRunItem
                {
                    RunId = run.Id,
                    PolicyId = policy.Id,
                    Instance = plan.Instance,
                    ScheduledFor = run.ScheduledFor,
                    ImageName = BackupNameTemplate.Render(policy.NameTemplate, name, zone, policy.Name, run.ScheduledFor),
                    RequestId = BackupRequestIds.For(policy.Id, plan.Instance, run.ScheduledFor),
                    Status = plan.Status,
                    Reason = plan.Reason,
                    FinishedAt = plan.Status == BackupItemStatus.Skipped ? time.GetUtcNow() : null,
                };
                db.BackupRunItems.Add(item);
            }
            result.Add((item, plan));
        }
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task BackupOneAsync(BackupPolicy policy, MutationPipeline pipeline, BackupRunItem item, Instance vm, CancellationToken cancellationToken)
    {
        var (zone, name) = Split(item.Instance);
        using var slot = await slots.AcquireAsync(BackupRegionSlots.RegionOf(zone), cancellationToken);
        item.Status = BackupItemStatus.Creating;
        item.StartedAt ??= time.GetUtcNow();
        await SaveItemAsync(item);

        var source = ResourceLinks.Instance(policy.Project, zone, name);
        var body = new MachineImage
        {
            Name = item.ImageName,
            Description = string.IsNullOrWhiteSpace(policy.ImageDescription)
                ? $"Backup of {name} by policy {policy.Name}, scheduled {item.ScheduledFor.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC"
                : policy.ImageDescription,
            Labels = BackupPolicyRules.ImageLabels(policy, name),
            GuestFlush = policy.GuestFlush ? true : null,
            StorageLocations = string.IsNullOrWhiteSpace(policy.StorageLocation) ? null : [policy.StorageLocation],
            MachineImageEncryptionKey = string.IsNullOrWhiteSpace(policy.KmsKeyName) ? null : new CustomerEncryptionKey { KmsKeyName = policy.KmsKeyName },
        };
        var command = MutationCommand.ForOperation(ConsoleActions.BackupsCreateMachineImage, policy.Project, item.ImageName,
            new { policy = policy.Name, sourceInstance = source, scheduledFor = item.ScheduledFor.ToString("O", CultureInfo.InvariantCulture), labels = body.Labels, body.StorageLocations, body.GuestFlush },
            (client, requestId, ct) => client.MachineImages.InsertAsync(policy.Project, body, source, requestId, ct),
            item.RequestId);

        try
        {
            // The same command (same requestId) is sent again while Compute says the region is full.
            for (var attempt = 1; ; attempt++)
            {
                var result = await pipeline.ExecuteAsync(command, cancellationToken);
                item.AuditRecordId = result.AuditRecordId;
                if (result.Succeeded)
                {
                    item.OperationName = result.OperationName;
                    await SaveItemAsync(item);
                    var failure = await WaitDoneAsync(policy.Project, result.OperationName!, cancellationToken);
                    item.Status = failure is null ? BackupItemStatus.Succeeded : BackupItemStatus.Failed;
                    item.Reason = failure;
                    break;
                }
                if (result.ErrorReasons.Contains("alreadyExists"))
                {
                    // A previous attempt of this very backup made it (the name is deterministic): nothing more to do.
                    item.Status = BackupItemStatus.Succeeded;
                    item.Reason = "The machine image already existed (made by an earlier attempt of this run).";
                    break;
                }
                if (result.ErrorReasons.Contains("quotaExceeded") && attempt < 30)
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 2 * attempt)), time, cancellationToken);
                    continue;
                }
                item.Status = BackupItemStatus.Failed;
                item.Reason = $"{result.ErrorMessage} ({string.Join(", ", result.ErrorReasons)}) {result.WhatToDo}".Trim();
                break;
            }
        }
        catch (ConsoleForbiddenException denied)
        {
            item.Status = BackupItemStatus.Failed;
            item.Reason = denied.Message;
        }
        item.FinishedAt = time.GetUtcNow();
        await SaveItemAsync(item);
        feed.NotifyChanged(policy.Id);
        if (item.Status == BackupItemStatus.Failed) LogItemFailed(policy.Name, item.Instance, item.Reason ?? "");
    }

    /// <summary>Follows the tracked operation to DONE; null when it succeeded, else why it failed.</summary>
    private async Task<string?> WaitDoneAsync(string project, string operationName, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.OperationTimeout);
        try
        {
            var done = await tracker.WhenDoneAsync(project, operationName, timeout.Token);
            return done.Failed ? $"{done.ErrorMessage ?? "The operation failed"} ({string.Join(", ", done.ErrorReasons)})" : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"The console stopped following {operationName} after {options.Value.OperationTimeout.TotalMinutes:0} minutes (timeout); the image may still be made.";
        }
        catch (OperationUnfollowedException error)
        {
            return error.Message + "; the image may still be made.";
        }
        catch (ObjectDisposedException)
        {
            // The console is stopping (its tracker is gone) while Compute goes on making the image: not a failure. The item
            // stays Creating and the run Running; the next start queues the run again and it settles by the same requestId.
            throw new OperationCanceledException("The console is stopping; the run is resumed at the next start.");
        }
    }

    private async Task SaveItemAsync(BackupRunItem item)
    {
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        db.BackupRunItems.Update(item);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task FinishAsync(long runId, BackupRunStatus status, List<string> notes, string? retentionSummary)
    {
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        var run = await db.BackupRuns.FirstAsync(r => r.Id == runId, CancellationToken.None);
        run.Status = status;
        run.FinishedAt = time.GetUtcNow();
        run.Notes = notes.Count == 0 ? null : string.Join(" ", notes);
        run.RetentionSummary = retentionSummary;
        await db.SaveChangesAsync(CancellationToken.None);
        LogFinished(run.PolicyName, run.ScheduledFor, status);
        metrics?.RunFinished(status.ToString());
    }

    /// <summary>The VMs the policy covers now: explicit ones (and those not found), and those its selector matches.</summary>
    public static async Task<(List<(string Zone, Instance Vm)> Found, List<string> Missing)> ResolveTargetsAsync(
        Compute.ComputeClient client, BackupPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        var explicitTargets = BackupTargets.ParseInstances(policy.Instances, out _);
        var selector = BackupTargets.ParseSelector(policy.Selector, out _);
        var found = new List<(string, Instance)>();
        var all = new List<(string Zone, Instance Vm)>();
        await foreach (var (scope, vm) in client.Instances.AggregatedListAsync(policy.Project, null, cancellationToken))
        {
            var zone = scope.StartsWith("zones/", StringComparison.Ordinal) ? scope["zones/".Length..] : scope;
            all.Add((zone, vm));
        }
        foreach (var (zone, vm) in all)
        {
            var isExplicit = explicitTargets.Contains((zone, vm.Name ?? ""));
            if (isExplicit || BackupTargets.Matches(selector, vm.Labels)) found.Add((zone, vm));
        }
        var missing = explicitTargets.Where(t => !all.Any(a => a.Zone == t.Zone && a.Vm.Name == t.Name)).Select(t => $"{t.Zone}/{t.Name}").ToList();
        return (found, missing);
    }

    internal static DateTimeOffset Created(MachineImage image)
        => DateTimeOffset.TryParse(image.CreationTimestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : DateTimeOffset.MinValue;

    private static (string Zone, string Name) Split(string instance)
    {
        var slash = instance.IndexOf('/', StringComparison.Ordinal);
        return (instance[..slash], instance[(slash + 1)..]);
    }

    private sealed record ItemPlan(string Instance, Instance? Vm, BackupItemStatus Status, string? Reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup policy {Policy}: the run for {ScheduledFor:o} already exists; nothing is made again.")]
    private partial void LogReplay(string policy, DateTimeOffset scheduledFor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup policy {Policy}: the run for {ScheduledFor:o} finished {Status}.")]
    private partial void LogFinished(string policy, DateTimeOffset scheduledFor, BackupRunStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backup policy {Policy}: the backup of {Instance} failed: {Reason}")]
    private partial void LogItemFailed(string policy, string instance, string reason);
}
