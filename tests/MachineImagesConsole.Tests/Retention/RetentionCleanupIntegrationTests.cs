using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Model.Retention;
using MachineImagesConsole.Model.Sharing;
using MachineImagesConsole.Tests.Sharing;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Tests.Retention;

/// <summary>Retention clean-up, protection and the delete guard against LocalCloud.</summary>
public sealed class RetentionCleanupIntegrationTests(LifecycleCloudFixture fixture) : IClassFixture<LifecycleCloudFixture>
{
    private const string Project = "acme-staging";

    private LifecycleCloud Cloud => fixture.Cloud;

    /// <summary>v1 (oldest) … v5 (newest, DEPRECATED): family head is v4; v3 is protected.</summary>
    private async Task<(string Prefix, ConsoleCircuit Admin, RetentionRule Rule)> WorldAsync()
    {
        var prefix = "rt" + Guid.NewGuid().ToString("N")[..6] + "-";
        var family = prefix + "fam";
        for (var i = 1; i <= 5; i++) await Cloud.CreateImageAsync(Project, $"{prefix}v{i}", family);
        var client = Cloud.ClientFor("admin@example.com");
        await client.WaitForOperationAsync(await client.Images.DeprecateAsync(Project, prefix + "v5",
            new DeprecationStatus { State = DeprecationState.Deprecated, Replacement = $"projects/{Project}/global/images/{prefix}v4" }, Guid.NewGuid()), TimeSpan.FromSeconds(30));
        var admin = Cloud.CircuitFor("admin@example.com", ConsoleRoles.Admin);
        var protect = await admin.Protection.ProtectAsync(new ResourceTarget(ResourceKind.Image, Project, prefix + "v3"), "golden", default);
        Assert.True(protect.Succeeded, protect.ErrorMessage);
        var rule = await admin.Retention.SaveRuleAsync(new RetentionRule { Name = prefix, Project = Project, Collection = "images", NamePrefix = prefix, KeepLast = 1 }, default);
        return (prefix, admin, rule);
    }

    private async Task<HashSet<string>> NamesAsync(string prefix)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var image in Cloud.ClientFor("admin@example.com").Images.ListAsync(Project)) if (image.Name!.StartsWith(prefix, StringComparison.Ordinal)) names.Add(image.Name);
        return names;
    }

    [Fact]
    public async Task Cleanup_DryRunThenRun_DeletesExactlyTheDryRunSetAndNothingProtected()
    {
        var (prefix, admin, rule) = await WorldAsync();
        var before = await NamesAsync(prefix);

        var dryRun = await admin.Retention.DryRunAsync(rule, default);
        Assert.Equal([prefix + "v1", prefix + "v2"], dryRun.ToDelete);
        Assert.Equal(before, await NamesAsync(prefix));
        Assert.Contains("protected", dryRun.Decisions.Single(d => d.Name == prefix + "v3").Reason, StringComparison.Ordinal);
        Assert.Contains("latest image of the family", dryRun.Decisions.Single(d => d.Name == prefix + "v4").Reason, StringComparison.Ordinal);

        var run = await admin.Retention.RunAsync(rule, dryRun, default);

        Assert.False(run.PlanChanged);
        Assert.All(run.Items, i => Assert.True(i.Submitted, i.Skipped ?? i.Mutation?.ErrorMessage));
        Assert.Equal(dryRun.ToDelete, run.Items.Select(i => i.Name));
        var after = await NamesAsync(prefix);
        Assert.Equal(before.Except(dryRun.ToDelete).ToHashSet(), after);
        Assert.Contains(prefix + "v3", after);
        await using var db = await Cloud.Database.CreateDbContextAsync();
        var audited = await db.AuditRecords.Where(r => r.Action == ConsoleActions.RetentionCleanupDelete && r.Target.Contains(prefix)).ToListAsync();
        Assert.Equal(2, audited.Count);
    }

    [Fact]
    public async Task Cleanup_PlanChangedAfterDryRun_DeletesNothingAndShowsTheNewPlan()
    {
        var (prefix, admin, rule) = await WorldAsync();
        var dryRun = await admin.Retention.DryRunAsync(rule, default);
        var before = await NamesAsync(prefix);

        // v2 becomes protected between the dry run and the confirmation.
        await admin.Protection.ProtectAsync(new ResourceTarget(ResourceKind.Image, Project, prefix + "v2"), null, default);
        var run = await admin.Retention.RunAsync(rule, dryRun, default);

        Assert.True(run.PlanChanged);
        Assert.Empty(run.Items);
        Assert.Equal([prefix + "v1"], run.Plan.ToDelete);
        Assert.Equal(before, await NamesAsync(prefix));
    }

    [Fact]
    public async Task Cleanup_OperatorSavesRule_Refused()
    {
        var operatorCircuit = Cloud.CircuitFor("operator@example.com", ConsoleRoles.Operator);
        await Assert.ThrowsAsync<ConsoleForbiddenException>(() => operatorCircuit.Retention.SaveRuleAsync(
            new RetentionRule { Name = "x", Project = Project, Collection = "images", NamePrefix = "x", KeepLast = 1 }, default));
        await using var db = await Cloud.Database.CreateDbContextAsync();
        Assert.False(await db.RetentionRules.AnyAsync(r => r.Name == "x"));
    }

    [Fact]
    public async Task DeleteGuard_ProtectedAndFamilyHead_BlockedOrNeedOverride()
    {
        var (prefix, admin, _) = await WorldAsync();

        var blocked = await Assert.ThrowsAsync<DeleteBlockedException>(() =>
            admin.Guard.EnsureDeleteAllowedAsync(new ResourceTarget(ResourceKind.Image, Project, prefix + "v3"), DeleteOverride.LatestOfFamily | DeleteOverride.ReferencedByTemplate, default));
        Assert.True(blocked.Check!.IsProtected);
        var labels = (await Cloud.ClientFor("admin@example.com").Images.GetAsync(Project, prefix + "v3")).Labels;
        Assert.True(ProtectionLabels.IsSet(labels));

        var head = new ResourceTarget(ResourceKind.Image, Project, prefix + "v4");
        await Assert.ThrowsAsync<DeleteBlockedException>(() => admin.Guard.EnsureDeleteAllowedAsync(head, DeleteOverride.None, default));
        var allowed = await admin.Guard.EnsureDeleteAllowedAsync(head, DeleteOverride.LatestOfFamily, default);
        Assert.Equal(DeleteOverride.LatestOfFamily, allowed.Required);

        var plain = await admin.Guard.CheckAsync(new ResourceTarget(ResourceKind.Image, Project, prefix + "v1"), default);
        Assert.True(plain.AllowsWith(DeleteOverride.None));
    }

    [Fact]
    public async Task Protect_AsOperator_RefusedAndNotProtected()
    {
        var (prefix, _, _) = await WorldAsync();
        var target = new ResourceTarget(ResourceKind.Image, Project, prefix + "v1");
        var operatorCircuit = Cloud.CircuitFor("operator@example.com", ConsoleRoles.Operator);

        await Assert.ThrowsAsync<ConsoleForbiddenException>(() => operatorCircuit.Protection.ProtectAsync(target, null, default));
        Assert.False(await Cloud.Protection.IsProtectedAsync(target, default));
    }

    [Fact]
    public async Task Labels_StaleFingerprint_ReloadsAndSavesOnlyWithConsent()
    {
        var (prefix, admin, _) = await WorldAsync();
        var target = new ResourceTarget(ResourceKind.Image, Project, prefix + "v1");
        var (original, fingerprint) = await admin.Labels.GetAsync(target, default);

        // Someone else changes the labels meanwhile.
        var other = Cloud.ClientFor("admin@example.com");
        await other.WaitForOperationAsync(await other.Images.SetLabelsAsync(Project, target.Name,
            new GlobalSetLabelsRequest { LabelFingerprint = fingerprint, Labels = new() { ["owner"] = "them" } }), TimeSpan.FromSeconds(30));

        var edited = new Dictionary<string, string>(original) { ["env"] = "staging" };
        var stale = await admin.Labels.SaveAsync(target, original, edited, fingerprint, default);

        Assert.Equal(LabelsOutcome.Stale, stale.Outcome);
        Assert.Equal("them", stale.CurrentLabels!["owner"]);
        Assert.Equal("staging", stale.Rebased!["env"]);
        Assert.Equal("them", stale.Rebased["owner"]);
        Assert.False((await other.Images.GetAsync(Project, target.Name)).Labels!.ContainsKey("env"));

        var saved = await admin.Labels.SaveAsync(target, stale.CurrentLabels, stale.Rebased, stale.CurrentFingerprint, default);
        Assert.Equal(LabelsOutcome.Saved, saved.Outcome);
        var done = await other.GlobalOperations.WaitAsync(Project, saved.Mutation!.OperationName!);
        Assert.Equal(OperationStatus.Done, done.Status);
        var labels = (await other.Images.GetAsync(Project, target.Name)).Labels!;
        Assert.Equal("staging", labels["env"]);
        Assert.Equal("them", labels["owner"]);
    }
}
