using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Compute.Tests.Validation;

public sealed class ValidationRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("web-1")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void ComputeNames_ValidName_HasNoProblem(string name)
    {
        Assert.True(ComputeNames.IsValid(name));
        Assert.Null(ComputeNames.Validate(name));
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("1abc", "start with a lowercase letter")]
    [InlineData("abc-", "end with a hyphen")]
    [InlineData("Abc", "start with a lowercase letter")]
    [InlineData("ab_c", "'_' is not allowed")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234", "at most 63")]
    public void ComputeNames_InvalidName_SaysWhy(string name, string expected)
    {
        Assert.False(ComputeNames.IsValid(name));
        Assert.Contains(expected, ComputeNames.Validate(name), StringComparison.Ordinal);
    }

    [Fact]
    public void LabelRules_ValidSet_HasNoProblems()
    {
        Assert.Empty(LabelRules.Validate(new Dictionary<string, string> { ["env"] = "prod", ["team_x"] = "", ["a-1"] = "v_2" }));
    }

    [Fact]
    public void LabelRules_BadKeysAndValues_AreEachReported()
    {
        var problems = LabelRules.Validate(new Dictionary<string, string> { ["Env"] = "prod", ["ok"] = "UPPER", ["1x"] = "v" });

        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void LabelRules_TooMany_IsReported()
    {
        var labels = Enumerable.Range(0, LabelRules.MaxLabels + 1).ToDictionary(i => $"k{i}", _ => "v");

        Assert.Contains(LabelRules.Validate(labels), p => p.Contains("At most 64", StringComparison.Ordinal));
    }
}
