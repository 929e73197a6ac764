using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Tests.Lifecycle;

public sealed class LifecycleRulesTests
{
    private static Image Img(string name, string created, string? family = "web", string? state = null) => new()
    {
        Name = name, Family = family, CreationTimestamp = created, Status = ImageStatus.Ready,
        Deprecated = state is null ? null : new DeprecationStatus { State = state },
    };

    private static readonly Image[] Family =
    [
        Img("web-v1", "2026-01-01T00:00:00Z"), Img("web-v2", "2026-02-01T00:00:00Z"), Img("web-v3", "2026-03-01T00:00:00Z", state: DeprecationState.Deprecated),
        Img("db-v1", "2026-04-01T00:00:00Z", "db"),
    ];

    [Fact]
    public void Head_SkipsDeprecatedImages_LikeGetFromFamily()
    {
        Assert.Equal("web-v2", ImageFamilies.Head(Family, "web")?.Name);
        Assert.Equal(new HashSet<string> { "web-v2", "db-v1" }, ImageFamilies.Heads(Family));
    }

    [Fact]
    public void RollbackPlan_TwoActiveImages_PreviewsNowAndAfter()
    {
        var plan = FamilyRollbackPlan.For("acme-prod", "web", Family);
        Assert.True(plan.CanRun);
        Assert.Equal("web-v2", plan.HeadNow?.Name);
        Assert.Equal("web-v1", plan.HeadAfter?.Name);
    }

    [Fact]
    public void RollbackPlan_OnlyOneActive_Refuses()
    {
        var plan = FamilyRollbackPlan.For("acme-prod", "db", Family);
        Assert.False(plan.CanRun);
        Assert.Contains("only ACTIVE image", plan.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DeprecationRequest_ReplacementFromOtherFamily_Refused()
    {
        var errors = new DeprecationRequest(DeprecationState.Deprecated, "db-v1").Validate(Family[1], Family);
        Assert.Contains("same family", errors["Replacement"], StringComparison.Ordinal);
    }

    [Fact]
    public void DeprecationRequest_DatesOutOfOrder_Refused()
    {
        var now = DateTimeOffset.UtcNow;
        var errors = new DeprecationRequest(DeprecationState.Deprecated, "web-v1", now, now.AddDays(10), now.AddDays(5)).Validate(Family[1], Family);
        Assert.True(errors.ContainsKey("Dates"));
    }

    [Fact]
    public void DeprecationRequest_FutureLaterDates_AreScheduled()
    {
        var now = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
        var request = new DeprecationRequest(DeprecationState.Deprecated, "web-v1", now.AddDays(-1), now.AddDays(30), now.AddDays(60));

        var scheduled = request.Scheduled(now);
        var status = request.ToStatus("acme-prod");

        Assert.Equal([(DeprecationState.Obsolete, now.AddDays(30)), (DeprecationState.Deleted, now.AddDays(60))], scheduled);
        Assert.Equal("https://www.googleapis.com/compute/v1/projects/acme-prod/global/images/web-v1", status.Replacement);
        Assert.Equal("2026-12-26T00:00:00Z", status.Obsolete);
        Assert.Empty(new DeprecationRequest(DeprecationState.Active).Scheduled(now));
    }

    [Fact]
    public void LabelEdits_Rebase_KeepsOthersChangesAndAppliesMine()
    {
        var original = new Dictionary<string, string> { ["env"] = "prod", ["team"] = "web", ["old"] = "x" };
        var edited = new Dictionary<string, string> { ["env"] = "staging", ["team"] = "web", ["new"] = "y" };
        var current = new Dictionary<string, string> { ["env"] = "prod", ["team"] = "platform", ["old"] = "x", ["theirs"] = "z" };

        var rebased = LabelEdits.Rebase(original, edited, current);

        Assert.Equal(new Dictionary<string, string> { ["env"] = "staging", ["team"] = "platform", ["new"] = "y", ["theirs"] = "z" }, rebased);
    }

    [Fact]
    public void LabelEdits_KeepProtection_EditorCannotRemoveOrAddIt()
    {
        var kept = LabelEdits.KeepProtection(new Dictionary<string, string> { ["a"] = "b" }, new Dictionary<string, string> { ["protected"] = "true" });
        var notAdded = LabelEdits.KeepProtection(new Dictionary<string, string> { ["protected"] = "true" }, new Dictionary<string, string>());
        Assert.Equal("true", kept["protected"]);
        Assert.False(notAdded.ContainsKey("protected"));
    }

    [Theory]
    [InlineData("https://www.googleapis.com/compute/v1/projects/acme-prod/global/images/web-v2", true)]
    [InlineData("projects/acme-prod/global/images/web-v2", true)]
    [InlineData("global/images/web-v2", true)]
    [InlineData("projects/acme-dr/global/images/web-v2", false)]
    [InlineData("projects/acme-prod/global/images/family/web", false)]
    [InlineData("projects/acme-prod/global/machineImages/web-v2", false)]
    [InlineData(null, false)]
    public void ImageReferences_Names_MatchesFullAndPartialUrls(string? reference, bool expected)
        => Assert.Equal(expected, ImageReferences.Names(reference, new ResourceTarget(ResourceKind.Image, "acme-prod", "web-v2"), "acme-prod"));

    [Fact]
    public void ImageReferences_Family_ParsesFamilyUrls()
        => Assert.Equal(("acme-prod", "web"), ImageReferences.Family("https://compute.googleapis.com/compute/v1/projects/acme-prod/global/images/family/web", "x"));

    [Fact]
    public void DeleteCheck_RisksNeedTheirOverride_ProtectionNeverOverridden()
    {
        var target = new ResourceTarget(ResourceKind.Image, "p", "i");
        var risky = new DeleteCheck(target, [], [new DeleteRisk(DeleteOverride.LatestOfFamily, "latest"), new DeleteRisk(DeleteOverride.ReferencedByTemplate, "template")]);
        var guarded = new DeleteCheck(target, ["protected"], []);

        Assert.False(risky.AllowsWith(DeleteOverride.LatestOfFamily));
        Assert.True(risky.AllowsWith(DeleteOverride.LatestOfFamily | DeleteOverride.ReferencedByTemplate));
        Assert.Equal(["template"], risky.ReasonsAgainst(DeleteOverride.LatestOfFamily));
        Assert.False(guarded.AllowsWith(DeleteOverride.LatestOfFamily | DeleteOverride.ReferencedByTemplate));
    }
}
