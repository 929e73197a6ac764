using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Tests.Sharing;

/// <summary>The share wizard's service against LocalCloud's real IAM, with people signed in through its issuer.</summary>
public sealed class SharingIntegrationTests(LifecycleCloudFixture fixture) : IClassFixture<LifecycleCloudFixture>
{
    private const string Staging = "acme-staging";
    private const string Sandbox = "acme-helpdesk-sandbox";
    private const string Helpdesk = "helpdesk@example.com";

    private LifecycleCloud Cloud => fixture.Cloud;

    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Share_ImageWithPersonOfAnotherProject_LetsThemCreateVmAndRemovingStopsThem()
    {
        // helpdesk@example.com has no role at all on acme-staging: it cannot use the image before it is shared.
        var name = Unique("shared");
        await Cloud.CreateImageAsync(Staging, name);
        var source = $"projects/{Staging}/global/images/{name}";
        var (before, beforeBody) = await Cloud.CreateVmAsync(Helpdesk, Sandbox, Unique("before"), source);
        Assert.True(before == 403, beforeBody);

        var admin = Cloud.CircuitFor("admin@example.com", ConsoleRoles.Admin);
        var target = new ResourceTarget(ResourceKind.Image, Staging, name);
        var shared = await admin.Sharing.ApplyAsync(target, await admin.Sharing.GetPolicyAsync(target, default),
            [PolicyChange.Add(SharingRoles.ImageUser, "user:" + Helpdesk)], default);
        Assert.Equal(ShareOutcome.Applied, shared.Outcome);

        var (during, duringBody) = await Cloud.CreateVmAsync(Helpdesk, Sandbox, Unique("during"), source);
        Assert.True(during == 200, duringBody);

        var removed = await admin.Sharing.ApplyAsync(target, await admin.Sharing.GetPolicyAsync(target, default),
            [PolicyChange.Remove(SharingRoles.ImageUser, "user:" + Helpdesk)], default);
        Assert.Equal(ShareOutcome.Applied, removed.Outcome);
        Assert.Equal(PolicyChangeKind.Remove, Assert.Single(removed.Diff.Entries).Kind);

        var (after, afterBody) = await Cloud.CreateVmAsync(Helpdesk, Sandbox, Unique("after"), source);
        Assert.True(after == 403, afterBody);
    }

    [Fact]
    public async Task Share_PolicyChangedBetweenReviewAndApply_IsCaughtNotOverwritten()
    {
        var name = Unique("race");
        await Cloud.CreateImageAsync(Staging, name);
        var target = new ResourceTarget(ResourceKind.Image, Staging, name);
        var admin = Cloud.CircuitFor("admin@example.com", ConsoleRoles.Admin);
        var reviewed = await admin.Sharing.GetPolicyAsync(target, default);

        // Someone else writes between the review and the apply.
        var other = Cloud.ClientFor("admin@example.com");
        var theirs = PolicyEditor.Apply(await other.Images.GetIamPolicyAsync(Staging, name, 3), [PolicyChange.Add(SharingRoles.ImageUser, "user:viewer@example.com")]);
        await other.Images.SetIamPolicyAsync(Staging, name, new GlobalSetPolicyRequest { Policy = theirs });

        var mine = new[] { PolicyChange.Add(SharingRoles.ImageUser, "user:" + Helpdesk) };
        var conflict = await admin.Sharing.ApplyAsync(target, reviewed, mine, default);

        Assert.Equal(ShareOutcome.Conflict, conflict.Outcome);
        Assert.Contains("conditionNotMet", conflict.Mutation!.ErrorReasons);
        var onServer = await other.Images.GetIamPolicyAsync(Staging, name, 3);
        Assert.DoesNotContain(onServer.Bindings!.SelectMany(b => b.Members!), m => m == "user:" + Helpdesk);
        Assert.Contains(conflict.Current.Bindings!.SelectMany(b => b.Members!), m => m == "user:viewer@example.com");
        Assert.Equal("user:" + Helpdesk, Assert.Single(conflict.Diff.Entries).Member.Value);

        // Confirming the new review applies both: theirs is kept, mine added.
        var applied = await admin.Sharing.ApplyAsync(target, conflict.Current, mine, default);
        Assert.Equal(ShareOutcome.Applied, applied.Outcome);
        var members = (await other.Images.GetIamPolicyAsync(Staging, name, 3)).Bindings!.SelectMany(b => b.Members!).ToList();
        Assert.Contains("user:viewer@example.com", members);
        Assert.Contains("user:" + Helpdesk, members);
    }

    [Fact]
    public async Task Share_MakePublicAsOperator_RefusedOnServerAndNothingWritten()
    {
        var name = Unique("public");
        await Cloud.CreateImageAsync(Staging, name);
        var target = new ResourceTarget(ResourceKind.Image, Staging, name);
        var operatorCircuit = Cloud.CircuitFor("operator@example.com", ConsoleRoles.Operator);
        var reviewed = await operatorCircuit.Sharing.GetPolicyAsync(target, default);

        await Assert.ThrowsAsync<ConsoleForbiddenException>(() => operatorCircuit.Sharing.ApplyAsync(target, reviewed,
            [PolicyChange.Add(SharingRoles.ImageUser, IamMember.AllAuthenticatedUsers)], default));

        var now = await Cloud.ClientFor("admin@example.com").Images.GetIamPolicyAsync(Staging, name, 3);
        Assert.Equal(reviewed.Etag, now.Etag);
    }

    [Fact]
    public async Task Share_MachineImageConditionalGrant_WritesVersion3WithExpiry()
    {
        var admin = Cloud.CircuitFor("admin@example.com", ConsoleRoles.Admin);
        var client = Cloud.ClientFor("admin@example.com");
        var instance = (await client.Instances.AggregatedListAsync("acme-prod").FirstAsync()).Instance;
        var name = Unique("mi");
        var operation = await client.MachineImages.InsertAsync("acme-prod", new MachineImage { Name = name }, instance.SelfLink, Guid.NewGuid());
        await client.WaitForOperationAsync(operation, TimeSpan.FromSeconds(30));
        var target = new ResourceTarget(ResourceKind.MachineImage, "acme-prod", name);

        var expiry = IamConditions.ExpiresAt(DateTimeOffset.UtcNow.AddDays(7));
        var result = await admin.Sharing.ApplyAsync(target, await admin.Sharing.GetPolicyAsync(target, default),
            [PolicyChange.Add(SharingRoles.InstanceAdminV1, "group:dr-team@example.com", expiry)], default);

        Assert.Equal(ShareOutcome.Applied, result.Outcome);
        var written = await client.MachineImages.GetIamPolicyAsync("acme-prod", name, 3);
        Assert.Equal(3, written.Version);
        var binding = Assert.Single(written.Bindings!, b => b.Role == SharingRoles.InstanceAdminV1);
        Assert.Equal(expiry.Expression, binding.Condition?.Expression);
    }
}
