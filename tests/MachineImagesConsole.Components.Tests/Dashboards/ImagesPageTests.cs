using Bunit;
using MachineImagesConsole.Components.Pages.ImageFamilies;
using MachineImagesConsole.Components.Pages.Images;

namespace MachineImagesConsole.Components.Tests.Dashboards;

public sealed class ImagesPageTests : DashboardTestContext
{
    private void Seed() => Backend.On("projects/acme-prod/global/images", ComputeJson.List("compute#imageList",
        ComputeJson.Image("app-v3", family: "app", created: "2025-03-01T00:00:00Z"),
        ComputeJson.Image("app-v2", family: "app", state: "DEPRECATED", replacement: "app-v3", created: "2025-02-01T00:00:00Z"),
        ComputeJson.Image("app-v1", family: "app", state: "OBSOLETE", replacement: "app-v3", created: "2025-01-01T00:00:00Z"),
        ComputeJson.Image("legacy-v1", family: "legacy", state: "DEPRECATED", created: "2024-01-01T00:00:00Z")));

    private static IReadOnlyList<string> RowNames(IRenderedComponent<ImagesPage> page)
        => [.. page.FindAll("[data-testid=images-grid] tbody tr td[data-label=Name]").Select(td => td.TextContent.Trim())];

    [Fact]
    public void Render_Default_HidesDeprecatedAndSaysHowMany()
    {
        Seed();
        NavigateTo("/images?project=acme-prod");

        var page = Render<ImagesPage>();

        page.WaitForAssertion(() => Assert.Equal(["app-v3"], RowNames(page)), TimeSpan.FromSeconds(5));
        Assert.Contains("3 deprecated hidden", page.Find("[data-testid=grid-count]").TextContent, StringComparison.Ordinal);
        var badge = page.Find("[data-testid=deprecation-badge]");
        Assert.Equal("ACTIVE", badge.GetAttribute("data-state"));
        Assert.Contains("ACTIVE", badge.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShowDeprecatedInUrl_ShowsBadgesWithTextAndReplacementLink()
    {
        Seed();
        NavigateTo("/images?project=acme-prod&deprecated=true&family=app&sort=name");

        var page = Render<ImagesPage>();

        page.WaitForAssertion(() => Assert.Equal(["app-v1", "app-v2", "app-v3"], RowNames(page)), TimeSpan.FromSeconds(5));
        var deprecated = page.Find("[data-testid=deprecation-badge][data-state=DEPRECATED]");
        Assert.Contains("DEPRECATED", deprecated.TextContent, StringComparison.Ordinal);
        Assert.Contains("Obsolete 2026-01-01", deprecated.TextContent, StringComparison.Ordinal);
        var link = deprecated.QuerySelector("a")!;
        Assert.Equal("app-v3", link.TextContent.Trim());
        Assert.Equal("images/app-v3?project=acme-prod", link.GetAttribute("href"));
        Assert.Contains("OBSOLETE", page.Find("[data-testid=deprecation-badge][data-state=OBSOLETE]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PublicImageProject_ListsThatProjectsImages()
    {
        Backend.On("projects/debian-cloud/global/images", ComputeJson.List("compute#imageList",
            ComputeJson.Image("debian-12-bookworm-v20250301", family: "debian-12", project: "debian-cloud")));
        NavigateTo("/images?project=acme-prod&source=debian-cloud");

        var page = Render<ImagesPage>();

        page.WaitForAssertion(() => Assert.Equal(["debian-12-bookworm-v20250301"], RowNames(page)), TimeSpan.FromSeconds(5));
        Assert.Contains("in debian-cloud", page.Find("[data-testid=grid-count]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Backend.Requests, u => u.AbsolutePath.Contains("acme-prod", StringComparison.Ordinal));
    }

    [Fact]
    public void Families_AllDeprecated_WarnsResolvesToNothing()
    {
        Seed();
        Backend.On("projects/acme-prod/global/images/family/app", ComputeJson.Image("app-v3", family: "app").ToJsonString());
        NavigateTo("/image-families?project=acme-prod");

        var page = Render<ImageFamiliesPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=family]").Count), TimeSpan.FromSeconds(5));
        var app = page.Find("[data-family=app]");
        Assert.Contains("app-v3", app.QuerySelector("[data-testid=resolves-to]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(app.QuerySelector("[data-testid=family-warning]"));
        var legacy = page.Find("[data-family=legacy]");
        Assert.Contains("Resolves to nothing", legacy.QuerySelector("[data-testid=family-warning]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, ListCalls("images"));
    }

    [Fact]
    public void Families_Error_ShowsReasonAndAdvice()
    {
        Backend.OnError("projects/acme-prod/global/images", 503, "backendError", "Backend unavailable");
        NavigateTo("/image-families?project=acme-prod");

        var page = Render<ImageFamiliesPage>();

        page.WaitForAssertion(() => Assert.Contains("backendError", page.Find("[data-testid=dashboard-error]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Contains("Try again", page.Find("[data-testid=dashboard-error]").TextContent, StringComparison.Ordinal);
    }
}
