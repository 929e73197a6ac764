using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Drills;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Backup coverage per VM of a project (scoped; read with the person's own Compute identity): which policies cover each VM
/// (explicit targets and label selectors, evaluated now), the age of its newest READY machine image (the RPO), the next
/// scheduled run, and a state.
/// </summary>
public sealed class BackupCoverageService(
    ComputeSession session,
    IDbContextFactory<ConsoleDbContext> contextFactory,
    BackupScheduler scheduler,
    IOptions<BackupsOptions> options,
    TimeProvider time)
{
    public async Task<IReadOnlyList<InstanceCoverage>> ListAsync(string project, CancellationToken cancellationToken)
    {
        List<BackupPolicy> policies;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            policies = await db.BackupPolicies.AsNoTracking().Where(p => p.Project == project).ToListAsync(cancellationToken);
        var instances = await session.ListInstancesAsync(project, cancellationToken);
        var images = await session.ListMachineImagesAsync(project, cancellationToken);
        var next = new Dictionary<long, DateTimeOffset?>();
        foreach (var policy in policies) next[policy.Id] = policy.Paused ? null : await scheduler.NextRunAsync(policy.Id, cancellationToken);
        return Build(project, policies, instances, images, next, options.Value.StaleAfter, time.GetUtcNow());
    }

    public async Task<CoverageSummary> SummaryAsync(string project, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(project, cancellationToken);
        return new CoverageSummary(rows.Count(r => r.State != CoverageState.Unprotected), rows.Count, rows.Count(r => r.State == CoverageState.Stale));
    }

    /// <summary>The coverage rows (pure: for tests and the page alike).</summary>
    public static IReadOnlyList<InstanceCoverage> Build(
        string project,
        IReadOnlyList<BackupPolicy> policies,
        IReadOnlyList<(string Scope, Instance Instance)> instances,
        IReadOnlyList<MachineImage> images,
        IReadOnlyDictionary<long, DateTimeOffset?> nextRuns,
        TimeSpan staleAfter,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentNullException.ThrowIfNull(images);
        var parsed = policies.Select(p => (Policy: p, Explicit: BackupTargets.ParseInstances(p.Instances, out _), Selector: BackupTargets.ParseSelector(p.Selector, out _))).ToList();
        var rows = new List<InstanceCoverage>();
        foreach (var (scope, vm) in instances)
        {
            var zone = scope.StartsWith("zones/", StringComparison.Ordinal) ? scope["zones/".Length..] : scope;
            var name = vm.Name ?? "";
            var covering = parsed.Where(p => p.Explicit.Contains((zone, name)) || BackupTargets.Matches(p.Selector, vm.Labels)).Select(p => p.Policy).ToList();
            var newest = LatestBackup.Pick(images, project, $"zones/{zone}/instances/{name}");
            DateTimeOffset? at = newest is null ? null : BackupRunner.Created(newest);
            TimeSpan? age = at is { } t ? now - t : null;
            var nextRun = covering.Select(p => nextRuns.TryGetValue(p.Id, out var n) ? n : null).Where(n => n is not null).Min();
            var state = covering.Count == 0 ? CoverageState.Unprotected
                : age is { } a && a <= staleAfter ? CoverageState.Protected
                : CoverageState.Stale;
            rows.Add(new InstanceCoverage(zone, name, vm.Status ?? "", [.. covering.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new CoveringPolicy(p.Id, p.Name))], newest?.Name, at, age, nextRun, state));
        }
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Zone, StringComparer.Ordinal)];
    }
}
