using Bunit;
using MachineImagesConsole.Components.Controls;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Components.Tests.Infrastructure;
using MachineImagesConsole.Model.Create;

namespace MachineImagesConsole.Components.Tests.Create;

public sealed class LabelsEditorTests : ConsoleComponentTestContext
{
    [Theory]
    [InlineData("Env")]
    [InlineData("1env")]
    [InlineData("env.name")]
    public void Key_BreaksTheRules_ShowsTheRuleBesideTheKey(string key)
    {
        var labels = new List<LabelEntry> { new() };
        var changes = 0;
        var cut = Render<LabelsEditor>(p => p.Add(e => e.Labels, labels).Add(e => e.OnChanged, () => changes++));

        cut.Find("input[data-testid=label-key-0]").Input(key);

        var expected = LabelRules.ValidateKey(key);
        Assert.NotNull(expected);
        Assert.Contains(expected, Control(cut, "label-key-0").TextContent, StringComparison.Ordinal);
        Assert.Equal(key, labels[0].Key);
        Assert.Equal(1, changes);
    }

    [Fact]
    public void Value_BreaksTheRules_ShowsTheRuleBesideTheValueOnly()
    {
        var labels = new List<LabelEntry> { new() { Key = "env" } };
        var cut = Render<LabelsEditor>(p => p.Add(e => e.Labels, labels));

        cut.Find("input[data-testid=label-value-0]").Input("Prod Value");

        var expected = LabelRules.ValidateValue("env", "Prod Value");
        Assert.NotNull(expected);
        Assert.Contains(expected, Control(cut, "label-value-0").TextContent, StringComparison.Ordinal);
        Assert.Empty(Control(cut, "label-key-0").QuerySelectorAll(".mud-input-error"));
    }

    [Fact]
    public void Key_UsedTwice_SecondRowSaysSo()
    {
        var labels = new List<LabelEntry> { new() { Key = "team", Value = "web" }, new() { Key = "", Value = "data" } };
        var cut = Render<LabelsEditor>(p => p.Add(e => e.Labels, labels));

        cut.Find("input[data-testid=label-key-1]").Input("team");

        Assert.Contains("Label key 'team' is used twice.", Control(cut, "label-key-1").TextContent, StringComparison.Ordinal);
        Assert.Empty(Control(cut, "label-key-0").QuerySelectorAll(".mud-input-error"));
    }

    [Fact]
    public void GoodLabel_NoMessages_AndRowsCanBeAddedAndRemoved()
    {
        var labels = new List<LabelEntry> { new() };
        var cut = Render<LabelsEditor>(p => p.Add(e => e.Labels, labels));

        cut.Find("input[data-testid=label-key-0]").Input("env");
        cut.Find("input[data-testid=label-value-0]").Input("prod");
        cut.FindAll("button").Single(b => b.TextContent.Contains("Add label", StringComparison.Ordinal)).Click();

        Assert.Empty(Control(cut, "label-key-0").QuerySelectorAll(".mud-input-error"));
        Assert.Empty(Control(cut, "label-value-0").QuerySelectorAll(".mud-input-error"));
        Assert.Equal(2, labels.Count);
        cut.Find("button[aria-label='Remove label 2']").Click();
        Assert.Single(labels);
        Assert.Equal(("env", "prod"), (labels[0].Key, labels[0].Value));
    }

    private static AngleSharp.Dom.IElement Control(IRenderedComponent<LabelsEditor> cut, string testId)
        => cut.Find($"[data-testid='{testId}']").Closest(".mud-input-control")!;
}
