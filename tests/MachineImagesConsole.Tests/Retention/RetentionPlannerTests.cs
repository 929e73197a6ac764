using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Retention;

namespace MachineImagesConsole.Tests.Retention;

public sealed class RetentionPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static RetentionCandidate Image(string name, int daysOld, string? family = "web", Dictionary<string, string>? labels = null, string? source = null)
        => new(name, Now.AddDays(-daysOld), labels ?? [], source, family);

    private static RetentionRule Rule(int? keep = null, int? olderThan = null, string? prefix = "web-") => new()
    {
        Id = 7, Name = "web", Project = "acme-prod", Collection = "images", NamePrefix = prefix, KeepLast = keep, OlderThanDays = olderThan,
    };

    private static readonly RetentionCandidate[] Images =
    [
        Image("web-v5", 1), Image("web-v4", 10), Image("web-v3", 40), Image("web-v2", 50), Image("web-v1", 60), Image("db-v1", 90, "db"),
    ];

    [Fact]
    public void Plan_KeepLastOnly_DeletesBeyondTheNewestN()
    {
        var plan = RetentionPlanner.Plan(Rule(keep: 2), Images, RetentionSafety.None, Now);
        Assert.Equal(["web-v1", "web-v2", "web-v3"], plan.ToDelete);
        Assert.Equal(5, plan.Decisions.Count);
        Assert.Contains("not among the newest 2", plan.Decisions.Single(d => d.Name == "web-v3").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_OlderThanOnly_DeletesOlderImages()
    {
        var plan = RetentionPlanner.Plan(Rule(olderThan: 30), Images, RetentionSafety.None, Now);
        Assert.Equal(["web-v1", "web-v2", "web-v3"], plan.ToDelete);
        Assert.Contains("40 days old (more than 30)", plan.Decisions.Single(d => d.Name == "web-v3").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_KeepAndOlderThan_DeletesOnlyWhatIsBoth()
    {
        var plan = RetentionPlanner.Plan(Rule(keep: 4, olderThan: 30), Images, RetentionSafety.None, Now);
        Assert.Equal(["web-v1"], plan.ToDelete);
    }

    [Fact]
    public void Plan_ProtectedFamilyHeadOrTemplateUse_NeverDeleted()
    {
        var labelled = Images.Append(Image("web-v0", 70, labels: new() { ["protected"] = "true" })).ToArray();
        var safety = new RetentionSafety(new HashSet<string> { "web-v2" }, new HashSet<string> { "web-v1" }, new Dictionary<string, string> { ["web-v3"] = "web-template" });

        var plan = RetentionPlanner.Plan(Rule(olderThan: 30), labelled, safety, Now);

        Assert.Empty(plan.ToDelete);
        Assert.Contains("protected", plan.Decisions.Single(d => d.Name == "web-v2").Reason, StringComparison.Ordinal);
        Assert.Contains("protected", plan.Decisions.Single(d => d.Name == "web-v0").Reason, StringComparison.Ordinal);
        Assert.Contains("latest image of the family", plan.Decisions.Single(d => d.Name == "web-v1").Reason, StringComparison.Ordinal);
        Assert.Contains("web-template", plan.Decisions.Single(d => d.Name == "web-v3").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_LabelAndSourceSelectors_MatchAllCriteria()
    {
        var candidates = new[]
        {
            Image("nightly-a", 40, null, new() { ["env"] = "prod" }, "web-1"),
            Image("nightly-b", 40, null, new() { ["env"] = "dev" }, "web-1"),
            Image("nightly-c", 40, null, new() { ["env"] = "prod" }, "web-2"),
        };
        var rule = new RetentionRule { Name = "n", Project = "p", Collection = "machineImages", LabelKey = "env", LabelValue = "prod", SourceInstance = "web-1", OlderThanDays = 30 };

        var plan = RetentionPlanner.Plan(rule, candidates, RetentionSafety.None, Now);

        Assert.Equal(["nightly-a"], plan.ToDelete);
        Assert.Single(plan.Decisions);
    }

    [Fact]
    public void Plan_SameInputs_SameDeleteSet()
    {
        var first = RetentionPlanner.Plan(Rule(keep: 1, olderThan: 5), Images, RetentionSafety.None, Now);
        var second = RetentionPlanner.Plan(Rule(keep: 1, olderThan: 5), Images.Reverse(), RetentionSafety.None, Now);
        Assert.True(first.DeletesSameAs(second));
    }

    [Theory]
    [InlineData(null, null, null, 3, "at least one of")]
    [InlineData("web-", null, null, null, "Say what to delete")]
    [InlineData("Web", null, null, 3, "lowercase")]
    [InlineData("web-", 0, null, null, "between 1 and 1000")]
    public void Validate_BadRule_NamesTheProblem(string? prefix, int? keep, string? label, int? older, string message)
    {
        var rule = new RetentionRule { Name = "r", Project = "p", Collection = "images", NamePrefix = prefix, KeepLast = keep, LabelKey = label, OlderThanDays = older };
        var errors = RetentionPlanner.Validate(rule);
        Assert.Contains(errors.Values, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => RetentionPlanner.Plan(rule, Images, RetentionSafety.None, Now));
    }
}
