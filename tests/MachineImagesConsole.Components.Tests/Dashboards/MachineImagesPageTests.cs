using Bunit;
using MachineImagesConsole.Components.Pages.MachineImages;
using MachineImagesConsole.Model.Dashboards;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MachineImagesConsole.Components.Tests.Dashboards;

public sealed class MachineImagesPageTests : DashboardTestContext
{
    private const string ListPath = "projects/acme-prod/global/machineImages";

    private void Seed() => Backend.On(ListPath, ComputeJson.List("compute#machineImageList",
        ComputeJson.MachineImage("web-nightly", instance: "web-1", labels: "env=prod", created: "2025-03-02T00:00:00Z", description: "Nightly web"),
        ComputeJson.MachineImage("db-weekly", instance: "db-1", location: "europe-west1", disks: 3, labels: "env=staging", created: "2025-02-01T00:00:00Z"),
        ComputeJson.MachineImage("web-broken", status: "FAILED", instance: "web-1", created: "2025-01-01T00:00:00Z")));

    private static IReadOnlyList<string> RowNames(IRenderedComponent<MachineImagesPage> page)
        => [.. page.FindAll("[data-testid=machine-images-grid] tbody tr td[data-label=Name]").Select(td => td.TextContent.Trim())];

    [Fact]
    public void Render_ProjectWithImages_ShowsRowsNewestFirstWithColumns()
    {
        Seed();
        NavigateTo("/machine-images?project=acme-prod");

        var page = Render<MachineImagesPage>();

        page.WaitForAssertion(() => Assert.Equal(["web-nightly", "db-weekly", "web-broken"], RowNames(page)), TimeSpan.FromSeconds(5));
        var first = page.Find("[data-testid=machine-images-grid] tbody tr");
        Assert.Contains("web-1", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 GiB", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("env=prod", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nightly web", first.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, ListCalls("machineImages"));
    }

    [Fact]
    public void Render_FiltersInUrl_AppliesSearchStatusLocationAndSort()
    {
        Seed();
        NavigateTo("/machine-images?project=acme-prod&q=web&sort=name");

        var page = Render<MachineImagesPage>();

        page.WaitForAssertion(() => Assert.Equal(["web-broken", "web-nightly"], RowNames(page)), TimeSpan.FromSeconds(5));
        Assert.Contains("2 of 3", page.Find("[data-testid=grid-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SortHeader_Clicked_ReordersInPlaceKeepsTheTableAndPutsSortInUrl()
    {
        Seed();
        NavigateTo("/machine-images?project=acme-prod");
        var page = Render<MachineImagesPage>();
        page.WaitForAssertion(() => Assert.Equal(["web-nightly", "db-weekly", "web-broken"], RowNames(page)), TimeSpan.FromSeconds(5));
        var table = page.FindComponent<MachineImagesConsole.Components.Controls.Grid.GridTable<MachineImageRow>>().Instance;

        page.Find("button[aria-label='Sort by Name']").Click();

        page.WaitForAssertion(() => Assert.Equal(["db-weekly", "web-broken", "web-nightly"], RowNames(page)), TimeSpan.FromSeconds(5));
        page.WaitForAssertion(() => Assert.Contains("sort=name", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Same(table, page.FindComponent<MachineImagesConsole.Components.Controls.Grid.GridTable<MachineImageRow>>().Instance);
        Assert.Equal("ascending", page.Find("th[aria-sort=ascending]").GetAttribute("aria-sort"));
        Assert.Equal(1, ListCalls("machineImages"));
    }

    [Fact]
    public void Filter_OnSecondPage_StartsAgainOnTheFirstPage()
    {
        Backend.On(ListPath, ComputeJson.List("compute#machineImageList",
            [.. Enumerable.Range(0, 120).Select(i => ComputeJson.MachineImage($"mi-{i:D4}", labels: i % 2 == 0 ? "parity=even" : "parity=odd"))]));
        NavigateTo("/machine-images?project=acme-prod&sort=name");
        var page = Render<MachineImagesPage>();
        page.WaitForAssertion(() => Assert.Equal("mi-0000", RowNames(page)[0]), TimeSpan.FromSeconds(30));
        var table = page.FindComponent<MachineImagesConsole.Components.Controls.Grid.GridTable<MachineImageRow>>();
        page.Find("button[aria-label='Next page']").Click();
        page.WaitForAssertion(() => Assert.Equal("mi-0050", RowNames(page)[0]), TimeSpan.FromSeconds(30));

        // The filter bar raises the new query (as its label field does after typing).
        var filterBar = page.FindComponent<MachineImagesConsole.Components.Controls.Grid.GridFilterBar>().Instance;
        page.InvokeAsync(() => filterBar.QueryChanged.InvokeAsync(GridQuery.Parse("?sort=name&label=parity%3Dodd")));

        page.WaitForAssertion(() => Assert.Equal("mi-0001", RowNames(page)[0]), TimeSpan.FromSeconds(30));
        Assert.Contains("60 of 120", page.Find("[data-testid=grid-count]").TextContent, StringComparison.Ordinal);
        Assert.Same(table.Instance, page.FindComponent<MachineImagesConsole.Components.Controls.Grid.GridTable<MachineImageRow>>().Instance);
    }

    [Fact]
    public void Render_LabelAndLocationFilter_ShowsOnlyMatches()
    {
        Seed();
        NavigateTo("/machine-images?project=acme-prod&label=env%3Dstaging&location=europe-west1");

        var page = Render<MachineImagesPage>();

        page.WaitForAssertion(() => Assert.Equal(["db-weekly"], RowNames(page)), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Render_NoMachineImages_ShowsEmptyState()
    {
        Backend.On(ListPath, "{\"kind\":\"compute#machineImageList\"}");
        NavigateTo("/machine-images?project=acme-prod");

        var page = Render<MachineImagesPage>();

        page.WaitForAssertion(() => Assert.Contains("no machine images", page.Find("[data-testid=grid-empty]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Render_Forbidden_NamesMissingPermissionAndWhatToDo()
    {
        Backend.OnError(ListPath, 403, "forbidden", "Required 'compute.machineImages.list' permission for 'projects/acme-prod'");
        NavigateTo("/machine-images?project=acme-prod");

        var page = Render<MachineImagesPage>();

        page.WaitForAssertion(() => Assert.Equal("compute.machineImages.list", page.Find("[data-testid=missing-permission]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("What to do", page.Find("[data-testid=dashboard-error]").TextContent, StringComparison.Ordinal);
        Assert.Contains("forbidden", page.Find("[data-testid=dashboard-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyImages_RendersAtMostOnePageOfRows()
    {
        Backend.On(ListPath, ComputeJson.List("compute#machineImageList",
            [.. Enumerable.Range(0, 400).Select(i => ComputeJson.MachineImage($"mi-{i:D4}"))]));
        NavigateTo("/machine-images?project=acme-prod");

        var page = Render<MachineImagesPage>();

        page.WaitForAssertion(() => Assert.Contains("400 of 400", page.Find("[data-testid=grid-count]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.InRange(page.FindAll("[data-testid=machine-images-grid] tbody tr").Count, 1, 150);
    }

    [Fact]
    public void Render_NoProject_AsksToChooseOneWithoutCallingCompute()
    {
        NavigateTo("/machine-images");

        var page = Render<MachineImagesPage>();

        Assert.Contains("Choose a project", page.Markup, StringComparison.Ordinal);
        Assert.Empty(Backend.Requests);
    }
}
