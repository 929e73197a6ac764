using Bunit;
using Bunit.TestDoubles;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Layout;
using MachineImagesConsole.Components.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Components.Tests.Layout;

public sealed class MainLayoutTests : ConsoleComponentTestContext
{
    [Fact]
    public void MainLayout_ProjectInUrl_SelectsItInProjectContextAndNavLinks()
    {
        SignInAs(ConsoleRoles.Viewer);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/images?project=acme-staging");

        var cut = RenderLayout();

        Assert.Equal("acme-staging", Services.GetRequiredService<ProjectContext>().ProjectId);
        Assert.Contains(cut.FindAll("nav a"), a => a.GetAttribute("href") == "/images?project=acme-staging");
    }

    [Fact]
    public void MainLayout_UrlChanges_ProjectContextFollows()
    {
        SignInAs(ConsoleRoles.Viewer);
        var navigation = Services.GetRequiredService<NavigationManager>();
        RenderLayout();
        var context = Services.GetRequiredService<ProjectContext>();
        Assert.Null(context.ProjectId);

        navigation.NavigateTo("/operations?project=acme-dr");

        Assert.Equal("acme-dr", context.ProjectId);
    }

    [Fact]
    public void MainLayout_ThemeToggle_SwitchesAndPersistsTheChoice()
    {
        SignInAs(ConsoleRoles.Viewer);
        var cut = RenderLayout();

        cut.Find("button[aria-label='Switch to dark theme']").Click();

        Assert.NotNull(cut.Find("button[aria-label='Switch to light theme']"));
        var call = Assert.Single(JSInterop.Invocations, i => i.Identifier == "micConsole.setTheme");
        Assert.Equal(ThemePreference.Dark, call.Arguments[0]);
    }

    [Fact]
    public void MainLayout_Always_HasLandmarksAndLabelledIconButtons()
    {
        SignInAs(ConsoleRoles.Admin);

        var cut = RenderLayout();

        Assert.Single(cut.FindAll("header"));
        Assert.Single(cut.FindAll("main"));
        Assert.Single(cut.FindAll("nav[aria-label='Main navigation']"));
        Assert.Contains("page body", cut.Find("main").TextContent, StringComparison.Ordinal);
        Assert.All(cut.FindAll("header button"), b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("aria-label")), b.OuterHtml));
    }

    [Fact]
    public void MainLayout_ProjectPicked_NavigatesWithProjectQuery()
    {
        SignInAs(ConsoleRoles.Viewer);
        Projects.Projects.Add(new ProjectSummary("acme-prod"));
        var navigation = (BunitNavigationManager)Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/machine-images");
        var cut = RenderLayout();

        cut.InvokeAsync(() => cut.FindComponent<ProjectPicker>().Instance.SelectedProjectIdChanged.InvokeAsync("acme-prod"));

        Assert.EndsWith("/machine-images?project=acme-prod", navigation.Uri, StringComparison.Ordinal);
        Assert.Equal("acme-prod", Services.GetRequiredService<ProjectContext>().ProjectId);
    }

    private IRenderedComponent<MainLayout> RenderLayout()
        => Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
}
