using Bunit;
using MachineImagesConsole.Components.Pages.ImageFamilies;

namespace MachineImagesConsole.Components.Tests.Dashboards;

public sealed class ImageFamiliesPageTests : DashboardTestContext
{
    private const string AppFamily = "projects/acme-prod/global/images/family/app";

    private void Seed() => Backend.On("projects/acme-prod/global/images", ComputeJson.List("compute#imageList",
        ComputeJson.Image("app-v3", family: "app", created: "2025-03-01T00:00:00Z"),
        ComputeJson.Image("app-v2", family: "app", created: "2025-02-01T00:00:00Z"),
        ComputeJson.Image("app-v1", family: "app", state: "OBSOLETE", replacement: "app-v3", created: "2025-01-01T00:00:00Z")));

    private int FamilyCalls() => Backend.Requests.Count(u => u.AbsolutePath.EndsWith("/images/family/app", StringComparison.Ordinal));

    [Fact]
    public void Render_GetFromFamilyAnswers_ShowsItsImageMarksItCurrentAndCachesTheCall()
    {
        Seed();
        // getFromFamily's answer wins over the list's rule (here they differ: app-v3 is newer but not the answer).
        Backend.On(AppFamily, ComputeJson.Image("app-v2", family: "app").ToJsonString());
        NavigateTo("/image-families?project=acme-prod");

        var page = Render<ImageFamiliesPage>();

        page.WaitForAssertion(() => Assert.Equal("getFromFamily", page.Find("[data-testid=resolves-to]").GetAttribute("data-source")), TimeSpan.FromSeconds(5));
        Assert.Contains("resolves to app-v2", page.Find("[data-testid=resolves-to]").TextContent, StringComparison.Ordinal);
        Assert.Contains("app-v3", page.Find("[data-testid=resolution-differs]").TextContent, StringComparison.Ordinal);
        Assert.Contains(page.FindAll("tbody tr"), r => r.TextContent.Contains("app-v2 (current)", StringComparison.Ordinal));
        Assert.Equal(1, FamilyCalls());

        var again = Render<ImageFamiliesPage>();
        again.WaitForAssertion(() => Assert.Equal("getFromFamily", again.Find("[data-testid=resolves-to]").GetAttribute("data-source")), TimeSpan.FromSeconds(5));
        Assert.Equal(1, FamilyCalls());
    }

    [Fact]
    public void Render_GetFromFamilyFails_FallsBackToTheListAndSaysWhy()
    {
        Seed();
        Backend.OnError(AppFamily, 503, "backendError", "Backend unavailable");
        NavigateTo("/image-families?project=acme-prod");

        var page = Render<ImageFamiliesPage>();

        page.WaitForAssertion(() => Assert.Contains("backendError", page.Find("[data-testid=resolution-failed]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        var resolves = page.Find("[data-testid=resolves-to]");
        Assert.Equal("list", resolves.GetAttribute("data-source"));
        Assert.Contains("resolves to app-v3", resolves.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=family-warning]"));
    }

    [Fact]
    public void Render_GetFromFamilyNotFound_WarnsResolvesToNothing()
    {
        Backend.On("projects/acme-prod/global/images", ComputeJson.List("compute#imageList",
            ComputeJson.Image("app-v1", family: "app", state: "DEPRECATED", created: "2025-01-01T00:00:00Z")));
        NavigateTo("/image-families?project=acme-prod");

        var page = Render<ImageFamiliesPage>();

        // The list loads off the render context: "no pending resolution" also holds before the family row exists,
        // so wait for the warning itself, then check the resolution has settled.
        page.WaitForAssertion(() => Assert.Contains("Resolves to nothing", page.Find("[data-testid=family-warning]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=resolution-pending]")), TimeSpan.FromSeconds(5));
        Assert.Empty(page.FindAll("[data-testid=resolves-to]"));
        Assert.Equal(1, FamilyCalls());
    }
}
