using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Model.Sharing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Model.Retention;

/// <summary>
/// Retention rules and clean-up runs (Admin; scoped, per circuit). <see cref="DryRunAsync"/> and <see cref="RunAsync"/>
/// build their plan with the same <see cref="PlanAsync"/> → <see cref="RetentionPlanner.Plan"/>; the run refuses to
/// delete anything if the fresh plan differs from the confirmed one, and each delete still passes the
/// <see cref="DeleteGuard"/> and the <see cref="MutationPipeline"/> (a tracked operation).
/// </summary>
public sealed class RetentionService(
    ComputeSession session,
    MutationPipeline pipeline,
    DeleteGuard guard,
    ProtectionStore protection,
    ConsoleActionGate gate,
    AuthenticationStateProvider authentication,
    IDbContextFactory<ConsoleDbContext> contextFactory,
    TimeProvider time)
{
    public async Task<IReadOnlyList<RetentionRule>> ListRulesAsync(string project, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.RetentionRules.AsNoTracking().Where(r => r.Project == project).ToListAsync(cancellationToken);
        return [.. rules.OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>Adds or updates a rule (Admin). Throws <see cref="ArgumentException"/> for an invalid rule.</summary>
    public async Task<RetentionRule> SaveRuleAsync(RetentionRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var errors = RetentionPlanner.Validate(rule);
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors.Values), nameof(rule));
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return await gate.RunAsync(ConsoleActions.RetentionRulesEdit, rule.Project, "retentionRules/" + rule.Name, Describe(rule), async ct =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            if (rule.Id == 0)
            {
                rule.CreatedBy = ConsoleUser.EmailOf(user);
                rule.CreatedAt = time.GetUtcNow();
                db.RetentionRules.Add(rule);
            }
            else
            {
                db.RetentionRules.Update(rule);
            }

            await db.SaveChangesAsync(ct);
            return rule;
        }, cancellationToken);
    }

    public async Task DeleteRuleAsync(RetentionRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        await gate.RunAsync(ConsoleActions.RetentionRulesEdit, rule.Project, "retentionRules/" + rule.Name, new { deleted = true }, async ct =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            return await db.RetentionRules.Where(r => r.Id == rule.Id).ExecuteDeleteAsync(ct);
        }, cancellationToken);
    }

    /// <summary>The dry run: exactly what a run now would delete, and why (nothing is changed).</summary>
    public Task<RetentionPlan> DryRunAsync(RetentionRule rule, CancellationToken cancellationToken) => PlanAsync(rule, cancellationToken);

    /// <summary>
    /// Runs the clean-up the person confirmed. Re-plans first; if the plan no longer deletes the same set, nothing is
    /// deleted and the new plan is returned for review.
    /// </summary>
    public async Task<RetentionRunResult> RunAsync(RetentionRule rule, RetentionPlan confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(confirmed);
        var plan = await PlanAsync(rule, cancellationToken);
        if (!plan.DeletesSameAs(confirmed)) return new RetentionRunResult(plan, true, []);

        var kind = rule.Collection == "images" ? ResourceKind.Image : ResourceKind.MachineImage;
        var items = new List<RetentionItemResult>();
        foreach (var name in plan.ToDelete)
        {
            var target = new ResourceTarget(kind, rule.Project, name);
            var check = await guard.CheckAsync(target, cancellationToken);
            if (!check.AllowsWith(DeleteOverride.None))
            {
                items.Add(new RetentionItemResult(name, null, string.Join(" ", check.ReasonsAgainst(DeleteOverride.None))));
                continue;
            }

            var reason = plan.Decisions.First(d => d.Name == name).Reason;
            var command = MutationCommand.ForOperation(ConsoleActions.RetentionCleanupDelete, rule.Project, target.Path,
                new { rule = rule.Name, ruleId = rule.Id, reason },
                (client, requestId, ct) => kind == ResourceKind.Image
                    ? client.Images.DeleteAsync(rule.Project, name, requestId, ct)
                    : client.MachineImages.DeleteAsync(rule.Project, name, requestId, ct));
            items.Add(new RetentionItemResult(name, await pipeline.ExecuteAsync(command, cancellationToken), null));
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.RetentionRules.Where(r => r.Id == rule.Id)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.LastRunAt, time.GetUtcNow()), cancellationToken);
        }

        session.Invalidate(rule.Project);
        return new RetentionRunResult(plan, false, items);
    }

    /// <summary>Loads the current resources and safety facts, then calls the one planner.</summary>
    public async Task<RetentionPlan> PlanAsync(RetentionRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var client = session.Client;
        var protectedNames = await protection.ProtectedNamesAsync(rule.Project, rule.Collection, cancellationToken);
        if (rule.Collection == "machineImages")
        {
            var machineImages = new List<MachineImage>();
            await foreach (var m in client.MachineImages.ListAsync(rule.Project, null, cancellationToken)) machineImages.Add(m);
            return RetentionPlanner.Plan(rule, machineImages.Select(RetentionCandidate.From),
                new RetentionSafety(protectedNames, new HashSet<string>(), new Dictionary<string, string>()), time.GetUtcNow());
        }

        var images = new List<Image>();
        await foreach (var i in client.Images.ListAsync(rule.Project, null, cancellationToken)) images.Add(i);
        var heads = ImageFamilies.Heads(images);
        var usedByTemplates = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var template in client.InstanceTemplates.ListAsync(rule.Project, null, cancellationToken))
        {
            foreach (var disk in template.Properties?.Disks ?? [])
            {
                foreach (var image in images.Where(i => ImageReferences.Names(disk.InitializeParams?.SourceImage, new ResourceTarget(ResourceKind.Image, rule.Project, i.Name ?? ""), rule.Project)))
                    usedByTemplates.TryAdd(image.Name!, template.Name ?? "");
            }
        }

        return RetentionPlanner.Plan(rule, images.Select(RetentionCandidate.From), new RetentionSafety(protectedNames, heads, usedByTemplates), time.GetUtcNow());
    }

    private static object Describe(RetentionRule rule) => new
    {
        rule.Collection,
        rule.NamePrefix,
        rule.LabelKey,
        rule.LabelValue,
        rule.SourceInstance,
        rule.KeepLast,
        rule.OlderThanDays,
    };
}
