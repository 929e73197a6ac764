using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Tests.Sharing;

public sealed class PolicyEditorTests
{
    private static Policy Current() => new()
    {
        Etag = "BwX1",
        Version = 1,
        Bindings =
        [
            new Binding { Role = SharingRoles.ImageUser, Members = ["user:ana@example.com", "group:ops@example.com"] },
            new Binding { Role = SharingRoles.ComputeViewer, Members = ["domain:example.com"] },
        ],
    };

    [Fact]
    public void Apply_AddAndRemove_KeepsEtagAndDoesNotModifyTheInput()
    {
        var current = Current();

        var desired = PolicyEditor.Apply(current, [PolicyChange.Add(SharingRoles.ImageUser, "user:bo@example.com"), PolicyChange.Remove(SharingRoles.ComputeViewer, "domain:example.com")]);

        Assert.Equal("BwX1", desired.Etag);
        var binding = Assert.Single(desired.Bindings!);
        Assert.Equal(["user:ana@example.com", "group:ops@example.com", "user:bo@example.com"], binding.Members);
        Assert.Equal(2, current.Bindings!.Count);
        Assert.Equal(2, current.Bindings[0].Members!.Count);
    }

    [Fact]
    public void Apply_AddExistingMember_ChangesNothing()
    {
        var current = Current();
        var desired = PolicyEditor.Apply(current, [PolicyChange.Add(SharingRoles.ImageUser, "user:ana@example.com")]);
        Assert.True(PolicyEditor.Diff(current, desired).IsEmpty);
    }

    [Fact]
    public void Apply_ConditionalGrant_NewBindingAndVersion3()
    {
        var expiry = IamConditions.ExpiresAt(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.FromHours(2)));
        var desired = PolicyEditor.Apply(Current(), [PolicyChange.Add(SharingRoles.ImageUser, "user:bo@example.com", expiry)]);

        Assert.Equal(3, desired.Version);
        Assert.Equal(3, desired.Bindings!.Count);
        var conditional = Assert.Single(desired.Bindings, b => b.Condition is not null);
        Assert.Equal("request.time < timestamp(\"2026-12-31T21:00:00Z\")", conditional.Condition!.Expression);
        Assert.Equal(["user:bo@example.com"], conditional.Members);
    }

    [Fact]
    public void Apply_RemoveLastMember_DropsTheBinding()
    {
        var desired = PolicyEditor.Apply(Current(), [PolicyChange.Remove(SharingRoles.ComputeViewer, "domain:example.com")]);
        Assert.DoesNotContain(desired.Bindings!, b => b.Role == SharingRoles.ComputeViewer);
    }

    [Fact]
    public void Diff_AddedAndRemoved_ListsEachGrantOnce()
    {
        var current = Current();
        var expiry = IamConditions.ExpiresAt(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var desired = PolicyEditor.Apply(current,
        [
            PolicyChange.Add(SharingRoles.ImageUser, "allAuthenticatedUsers"),
            PolicyChange.Add(SharingRoles.ImageUser, "user:bo@example.com", expiry),
            PolicyChange.Remove(SharingRoles.ImageUser, "group:ops@example.com"),
        ]);

        var diff = PolicyEditor.Diff(current, desired);

        Assert.Equal(3, diff.Entries.Count);
        Assert.True(diff.MakesPublic);
        Assert.Equal(["allAuthenticatedUsers", "user:bo@example.com"], diff.Added.Select(e => e.Member.Value).Order(StringComparer.Ordinal));
        var removed = Assert.Single(diff.Removed);
        Assert.Equal(IamMemberKind.Group, removed.Member.Kind);
        Assert.NotNull(Assert.Single(diff.Added, e => e.Member.Id == "bo@example.com").ConditionExpression);
    }

    [Fact]
    public void ByRole_GroupsMembersWithTheirTypes()
    {
        var groups = PolicyEditor.ByRole(Current());
        Assert.Equal([SharingRoles.ImageUser, SharingRoles.ComputeViewer], groups.Select(g => g.Role));
        Assert.Contains(groups.SelectMany(g => g.Members), m => m.Kind == IamMemberKind.Domain);
    }

    [Fact]
    public void GcloudLines_AddWithConditionAndRemove_MatchGcloudSyntax()
    {
        var current = Current();
        var expiry = IamConditions.ExpiresAt(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var desired = PolicyEditor.Apply(current, [PolicyChange.Add(SharingRoles.ImageUser, "user:bo@example.com", expiry), PolicyChange.Remove(SharingRoles.ImageUser, "group:ops@example.com")]);
        var lines = SharingCommands.GcloudLines(new ResourceTarget(ResourceKind.Image, "acme-prod", "web-v3"), PolicyEditor.Diff(current, desired));

        Assert.Contains("gcloud compute images add-iam-policy-binding web-v3 --project=acme-prod --member=user:bo@example.com --role=roles/compute.imageUser --condition='expression=request.time < timestamp(\"2027-01-01T00:00:00Z\"),title=expires-2027-01-01-0000'", lines);
        Assert.Contains("gcloud compute images remove-iam-policy-binding web-v3 --project=acme-prod --member=group:ops@example.com --role=roles/compute.imageUser", lines);
    }

    [Fact]
    public void ActionFor_MakesPublic_IsTheAdminAction()
    {
        var current = Current();
        var target = new ResourceTarget(ResourceKind.MachineImage, "acme-prod", "nightly");
        var publicDiff = PolicyEditor.Diff(current, PolicyEditor.Apply(current, [PolicyChange.Add(SharingRoles.InstanceAdminV1, IamMember.AllAuthenticatedUsers)]));
        var privateDiff = PolicyEditor.Diff(current, PolicyEditor.Apply(current, [PolicyChange.Add(SharingRoles.InstanceAdminV1, "user:bo@example.com")]));

        Assert.Equal(MachineImagesConsole.Model.ConsoleActions.MachineImagesMakePublic, SharingService.ActionFor(target, publicDiff));
        Assert.Equal(MachineImagesConsole.Model.ConsoleActions.MachineImagesSetIamPolicy, SharingService.ActionFor(target, privateDiff));
        Assert.Equal(MachineImagesConsole.Authentication.ConsolePolicies.Administer, MachineImagesConsole.Model.ConsoleActions.PolicyFor(SharingService.ActionFor(target, publicDiff)));
    }
}
