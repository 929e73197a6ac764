using Bunit;
using MachineImagesConsole.Components.Layout;
using MachineImagesConsole.Components.Tests.Infrastructure;
using MudBlazor;

namespace MachineImagesConsole.Components.Tests.Layout;

public sealed class ProjectPickerTests : ConsoleComponentTestContext
{
    [Fact]
    public void ProjectPicker_NoProjects_SaysSoInsteadOfAnEmptyList()
    {
        var cut = Render<ProjectPicker>();

        cut.WaitForAssertion(() => Assert.Equal("No projects available", cut.Find("[role=status]").TextContent.Trim()));
        Assert.Empty(cut.FindComponents<MudSelect<string>>());
    }

    [Fact]
    public void ProjectPicker_DirectoryFails_SaysProjectsCouldNotBeLoaded()
    {
        Projects.Failure = new HttpRequestException("boom");

        var cut = Render<ProjectPicker>();

        cut.WaitForAssertion(() => Assert.Equal("Projects could not be loaded", cut.Find("[role=status]").TextContent.Trim()));
    }

    [Fact]
    public void ProjectPicker_WithProjects_OffersEachProjectAndShowsTheSelectedOne()
    {
        Projects.Projects.AddRange([new ProjectSummary("acme-prod", "Acme production"), new ProjectSummary("acme-dr")]);

        var cut = Render<ProjectPicker>(p => p.Add(c => c.SelectedProjectId, "acme-dr"));

        var select = cut.WaitForElement(".mud-select");
        Assert.NotNull(select);
        var items = cut.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value).ToList();
        Assert.Equal(["acme-prod", "acme-dr"], items);
        Assert.Equal("acme-dr", cut.Find("input").GetAttribute("value"));
        Assert.Contains("Project", cut.Find("label").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPicker_SelectionChanged_RaisesSelectedProjectIdChanged()
    {
        Projects.Projects.AddRange([new ProjectSummary("acme-prod"), new ProjectSummary("acme-staging")]);
        string? raised = null;
        var cut = Render<ProjectPicker>(p => p.Add(c => c.SelectedProjectIdChanged, (string? id) => raised = id));
        cut.WaitForElement(".mud-select");

        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("acme-staging"));

        Assert.Equal("acme-staging", raised);
    }

    [Fact]
    public void ProjectSummary_DisplayNameDiffers_LabelShowsBoth()
    {
        Assert.Equal("Acme production (acme-prod)", new ProjectSummary("acme-prod", "Acme production").Label);
        Assert.Equal("acme-prod", new ProjectSummary("acme-prod").Label);
    }
}
