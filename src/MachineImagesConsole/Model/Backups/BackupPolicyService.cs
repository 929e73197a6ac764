using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Model.Restore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Backup policies for the pages (scoped, per circuit): list, validate (errors by field, and warnings), save, pause, resume,
/// delete and "Run now", each authorized on the server (Admin manages; Operator may run now; Viewer reads; HelpDesk
/// nothing) and audited. Declared policies are read-only.
/// </summary>
public sealed class BackupPolicyService(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    AuthenticationStateProvider authentication,
    IAuthorizationService authorization,
    ConsoleActionGate gate,
    MutationPipeline userPipeline,
    ServiceAccountPipelines servicePipelines,
    BackupScheduler scheduler,
    IOptions<ConsoleOptions> console,
    IOptions<BackupsOptions> options,
    TimeProvider time)
{
    public async Task<IReadOnlyList<BackupPolicy>> ListAsync(CancellationToken cancellationToken)
    {
        await RequireAsync(BackupPrincipal.ViewPolicy, "see backup policies");
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.BackupPolicies.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
    }

    public async Task<BackupPolicy?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await RequireAsync(BackupPrincipal.ViewPolicy, "see backup policies");
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.BackupPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>The policy's runs, newest first, with their items.</summary>
    public async Task<IReadOnlyList<BackupRun>> HistoryAsync(long policyId, int take, CancellationToken cancellationToken)
    {
        await RequireAsync(BackupPrincipal.ViewPolicy, "see backup runs");
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.BackupRuns.AsNoTracking().Include(r => r.Items).Where(r => r.PolicyId == policyId)
            .OrderByDescending(r => r.ScheduledFor).ThenByDescending(r => r.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
    }

    /// <summary>Runs that failed (wholly or partly) in the last <paramref name="days"/> days, newest first (the dashboard).</summary>
    public async Task<IReadOnlyList<BackupRun>> RecentFailuresAsync(int days, int take, CancellationToken cancellationToken)
    {
        await RequireAsync(BackupPrincipal.ViewPolicy, "see backup runs");
        var since = time.GetUtcNow().AddDays(-days);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.BackupRuns.AsNoTracking().Include(r => r.Items)
            .Where(r => (r.Status == BackupRunStatus.Failed || r.Status == BackupRunStatus.PartlyFailed) && r.StartedAt >= since)
            .OrderByDescending(r => r.StartedAt).Take(take).ToListAsync(cancellationToken);
    }

    public Task<DateTimeOffset?> NextRunAsync(long policyId, CancellationToken cancellationToken) => scheduler.NextRunAsync(policyId, cancellationToken);

    /// <summary>Errors (nothing may be saved) and warnings (may be saved) by field.</summary>
    public async Task<(IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, string> Warnings)> ValidateAsync(BackupPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var (_, session) = servicePipelines.For(BackupPrincipal.For(policy));
        IReadOnlyCollection<string> managed = console.Value.Projects.Count > 0
            ? console.Value.Projects
            : [.. (await session.ListProjectsAsync(cancellationToken)).Select(p => p.ProjectId ?? "").Where(p => p.Length > 0)];
        var errors = new Dictionary<string, string>(BackupPolicyRules.Validate(policy, managed), StringComparer.Ordinal);
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!errors.ContainsKey(nameof(policy.Name)) && await db.BackupPolicies.AnyAsync(p => p.Name == policy.Name && p.Id != policy.Id, cancellationToken))
                errors[nameof(policy.Name)] = $"A policy named '{policy.Name}' already exists.";
        }

        var warnings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!errors.ContainsKey(nameof(policy.Project)) && !errors.ContainsKey(nameof(policy.Selector)) && !errors.ContainsKey(nameof(policy.Instances)))
        {
            var (found, missing) = await BackupRunner.ResolveTargetsAsync(session.Client, policy, cancellationToken);
            var selector = BackupTargets.ParseSelector(policy.Selector, out _);
            if (selector.Count > 0 && !found.Any(f => BackupTargets.Matches(selector, f.Vm.Labels)))
                warnings[nameof(policy.Selector)] = $"No VM in {policy.Project} has these labels now; the policy backs up VMs that match at each run.";
            if (missing.Count > 0)
                warnings[nameof(policy.Instances)] = $"Not found in {policy.Project} now: {string.Join(", ", missing)}.";
        }
        return (errors, warnings);
    }

    /// <summary>Saves the policy (Admin) when it is valid, and schedules it; returns the errors when it is not (nothing saved).</summary>
    public async Task<(BackupPolicy? Saved, IReadOnlyDictionary<string, string> Errors)> SaveAsync(BackupPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        await RequireChangeAsync(ConsoleActions.BackupsEditPolicy, ConsolePolicies.Administer, "manage backup policies",
            policy.Project.Trim(), policy.Name.Trim(), new { policy.Id });
        Normalize(policy);
        var (errors, _) = await ValidateAsync(policy, cancellationToken);
        if (errors.Count > 0) return (null, errors);
        var saved = await gate.RunAsync(ConsoleActions.BackupsEditPolicy, policy.Project, "backupPolicies/" + policy.Name, Describe(policy), async ct =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var user = ConsoleUser.EmailOf((await authentication.GetAuthenticationStateAsync()).User);
            var now = time.GetUtcNow();
            if (policy.Id == 0)
            {
                policy.CreatedBy = user;
                policy.CreatedAt = now;
                policy.UpdatedAt = now;
                db.BackupPolicies.Add(policy);
            }
            else
            {
                var row = await db.BackupPolicies.FirstAsync(p => p.Id == policy.Id, ct);
                if (row.Declared) throw new ConsoleConflictException("A policy declared in configuration is read-only; change Console:Backups:Policies instead.");
                policy.CreatedBy = row.CreatedBy;
                policy.CreatedAt = row.CreatedAt;
                policy.UpdatedAt = now;
                policy.Declared = false;
                db.Entry(row).CurrentValues.SetValues(policy);
            }
            await db.SaveChangesAsync(ct);
            return policy;
        }, cancellationToken);
        await scheduler.SyncAsync(saved, cancellationToken);
        return (saved, errors);
    }

    public Task PauseAsync(long id, CancellationToken cancellationToken) => SetPausedAsync(id, true, cancellationToken);

    public Task ResumeAsync(long id, CancellationToken cancellationToken) => SetPausedAsync(id, false, cancellationToken);

    /// <summary>Deletes a policy made in the UI (Admin); with <paramref name="deleteImages"/> also the machine images it made (never protected ones).</summary>
    public async Task<IReadOnlyList<MutationResult>> DeleteAsync(long id, bool deleteImages, CancellationToken cancellationToken)
    {
        await RequireChangeAsync(ConsoleActions.BackupsEditPolicy, ConsolePolicies.Administer, "delete backup policies", id, new { deleted = true, deleteImages }, cancellationToken);
        var policy = await GetAsync(id, cancellationToken) ?? throw new ConsoleConflictException("The policy no longer exists.");
        if (policy.Declared) throw new ConsoleConflictException("A policy declared in configuration is removed from Console:Backups:Policies, not here.");
        await gate.RunAsync(ConsoleActions.BackupsEditPolicy, policy.Project, "backupPolicies/" + policy.Name, new { deleted = true, deleteImages }, async ct =>
        {
            await scheduler.RemoveAsync(policy.Id, ct);
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            return await db.BackupPolicies.Where(p => p.Id == policy.Id).ExecuteDeleteAsync(ct);
        }, cancellationToken);
        if (!deleteImages) return [];

        var (_, session) = servicePipelines.For(BackupPrincipal.For(policy));
        var results = new List<MutationResult>();
        foreach (var image in await session.ListMachineImagesAsync(policy.Project, cancellationToken))
        {
            if (image.Labels is not { } labels || !labels.TryGetValue(BackupPolicyRules.PolicyLabel, out var p) || p != policy.Name) continue;
            if (ProtectionLabels.IsSet(labels)) continue;
            var name = image.Name!;
            results.Add(await userPipeline.ExecuteAsync(MutationCommand.ForOperation(ConsoleActions.BackupsDeleteImages, policy.Project,
                ResourceLinks.MachineImage(policy.Project, name), new { policy = policy.Name },
                (c, requestId, ct) => c.MachineImages.DeleteAsync(policy.Project, name, requestId, ct)), cancellationToken));
        }
        return results;
    }

    /// <summary>
    /// "Run now" (Operator or Admin) of the whole policy, or of one VM it covers (<paramref name="instance"/> as
    /// <c>zone/name</c>): audited as the person, then queued in the scheduler's persistent store and run as the policy
    /// (same checks, labels, name template and retention as a scheduled run). Returns the time it was asked for (the run's
    /// key, or the first free second after it). Bad input changes nothing: the VM must be zone/name.
    /// </summary>
    public async Task<DateTimeOffset> RunNowAsync(long id, CancellationToken cancellationToken, string? instance = null)
    {
        await RequireChangeAsync(ConsoleActions.BackupsRunNow, ConsolePolicies.Operate, "run backup policies", id, new { instance }, cancellationToken);
        if (instance is not null)
        {
            var parsed = BackupTargets.ParseInstances(instance, out var problems);
            if (problems.Count > 0 || parsed.Count != 1) throw new ArgumentException(problems.FirstOrDefault() ?? "Name one VM as zone/name (e.g. us-central1-a/web-1).", nameof(instance));
            instance = $"{parsed[0].Zone}/{parsed[0].Name}";
        }
        var policy = await GetAsync(id, cancellationToken) ?? throw new ConsoleConflictException("The policy no longer exists.");
        var user = ConsoleUser.EmailOf((await authentication.GetAuthenticationStateAsync()).User);
        var at = time.GetUtcNow();
        at = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        await gate.RunAsync(ConsoleActions.BackupsRunNow, policy.Project, "backupPolicies/" + policy.Name, new { scheduledFor = at, instance }, async ct =>
        {
            await scheduler.QueueRunNowAsync(policy, at, user, instance, ct);
            return true;
        }, cancellationToken);
        return at;
    }

    /// <summary>True when the signed-in person satisfies <paramref name="policy"/> (for showing or hiding actions).</summary>
    public async Task<bool> CanAsync(string policy)
        => (await authorization.AuthorizeAsync((await authentication.GetAuthenticationStateAsync()).User, null, policy)).Succeeded;

    public BackupsOptions Options => options.Value;

    private async Task SetPausedAsync(long id, bool paused, CancellationToken cancellationToken)
    {
        await RequireChangeAsync(ConsoleActions.BackupsEditPolicy, ConsolePolicies.Administer, "pause or resume backup policies", id, new { paused }, cancellationToken);
        var policy = await GetAsync(id, cancellationToken) ?? throw new ConsoleConflictException("The policy no longer exists.");
        await gate.RunAsync(ConsoleActions.BackupsEditPolicy, policy.Project, "backupPolicies/" + policy.Name, new { paused }, async ct =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            await db.BackupPolicies.Where(p => p.Id == id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Paused, paused), ct);
            return true;
        }, cancellationToken);
        policy.Paused = paused;
        await scheduler.SyncAsync(policy, cancellationToken);
    }

    private async Task RequireAsync(string policy, string what)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (!await MayAsync(user, policy))
            throw new ConsoleForbiddenException(ConsoleActions.BackupsEditPolicy, policy, $"You are not allowed to {what} (your console role is {ConsoleUser.RoleOf(user)}).");
    }

    /// <summary>HelpDesk never manages or runs backup policies, whatever its other rights; otherwise the console policy decides.</summary>
    private async Task<bool> MayAsync(System.Security.Claims.ClaimsPrincipal user, string policy)
        => ConsoleUser.RoleOf(user) != ConsoleRoles.HelpDesk && (await authorization.AuthorizeAsync(user, null, policy)).Succeeded;

    /// <summary>A change of the policy <paramref name="id"/> the person may not make is refused and audited as Denied (nothing changes).</summary>
    private async Task RequireChangeAsync(string action, string policy, string what, long id, object? parameters, CancellationToken cancellationToken)
    {
        if (await MayAsync((await authentication.GetAuthenticationStateAsync()).User, policy)) return;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var target = await db.BackupPolicies.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Project, p.Name }).FirstOrDefaultAsync(cancellationToken);
        await RequireChangeAsync(action, policy, what, target?.Project ?? "", target?.Name ?? $"#{id}", parameters);
    }

    private async Task RequireChangeAsync(string action, string policy, string what, string project, string name, object? parameters)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (await MayAsync(user, policy)) return;
        await gate.DenyAsync(action, project, "backupPolicies/" + name, parameters, $"You are not allowed to {what} (your console role is {ConsoleUser.RoleOf(user)}).");
    }

    private static void Normalize(BackupPolicy policy)
    {
        policy.Name = policy.Name.Trim();
        policy.Project = policy.Project.Trim();
        policy.Schedule = string.Join(' ', policy.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        policy.TimeZone = policy.TimeZone.Trim();
        policy.NameTemplate = policy.NameTemplate.Trim();
        policy.Description ??= "";
        policy.Instances ??= "";
        policy.Selector ??= "";
        policy.ExtraLabels ??= "";
        if (string.IsNullOrWhiteSpace(policy.DrillSchedule)) policy.DrillSchedule = null;
        if (string.IsNullOrWhiteSpace(policy.StorageLocation)) policy.StorageLocation = null;
        if (string.IsNullOrWhiteSpace(policy.KmsKeyName)) policy.KmsKeyName = null;
    }

    private static object Describe(BackupPolicy p) => new
    {
        p.Schedule, p.TimeZone, p.Instances, p.Selector, p.StorageLocation, p.GuestFlush, p.NameTemplate,
        p.KeepLast, p.OlderThanDays, p.KeepDaily, p.KeepWeekly, p.KeepMonthly, p.DrillSchedule,
    };
}
