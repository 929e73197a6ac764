using Bunit;
using MachineImagesConsole.Components.Pages.Dashboard;

namespace MachineImagesConsole.Components.Tests.Dashboards;

public sealed class DashboardPageTests : DashboardTestContext
{
    [Fact]
    public void Render_Project_ShowsCountsGaugesStorageAndOperations()
    {
        Backend.On("projects/acme-prod/global/machineImages", ComputeJson.List("compute#machineImageList",
                ComputeJson.MachineImage("a", disks: 3), ComputeJson.MachineImage("b", location: "europe-west1")))
            .On("projects/acme-prod/global/images", ComputeJson.List("compute#imageList",
                ComputeJson.Image("app-v2", family: "app"), ComputeJson.Image("app-v1", family: "app", state: "DEPRECATED", replacement: "app-v2"),
                ComputeJson.Image("old", family: "old", state: "OBSOLETE")))
            .On("projects/acme-prod/global/operations", """
                {"kind":"compute#operationList","items":[
                 {"name":"op-1","operationType":"insert","status":"RUNNING","progress":40,"targetLink":"https://x/projects/acme-prod/global/machineImages/c","insertTime":"2025-03-01T00:00:00Z","user":"operator@example.com"},
                 {"name":"op-0","operationType":"delete","status":"DONE","targetLink":"https://x/projects/acme-prod/global/images/z","insertTime":"2025-02-01T00:00:00Z"}]}
                """);
        NavigateTo("/?project=acme-prod");

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=count]").Count), TimeSpan.FromSeconds(5));
        string Count(string title) => page.Find($"[data-testid=count][data-title='{title}'] a").TextContent.Trim();
        Assert.Equal("2", Count("Machine images"));
        Assert.Equal("3", Count("Images"));
        Assert.Equal("2", Count("Families"));
        Assert.Equal("1", Count("Deprecated images"));
        Assert.Equal("1", Count("Obsolete images"));
        Assert.Equal(4, page.FindAll("[data-testid=gauge]").Count);
        Assert.Contains("2 of 1,000", page.Markup, StringComparison.Ordinal);
        Assert.Contains("europe-west1", page.Find("[data-testid=storage]").TextContent, StringComparison.Ordinal);
        var ops = page.Find("[data-testid=operations]");
        Assert.Contains("RUNNING 40%", ops.TextContent, StringComparison.Ordinal);
        Assert.Equal("op-1", ops.QuerySelector("tbody tr td")!.TextContent);
        Assert.NotEmpty(page.FindAll(".mud-chart"));
    }

    [Fact]
    public void Render_OperationsForbidden_StillShowsCountsAndNamesPermission()
    {
        Backend.On("projects/acme-prod/global/machineImages", "{}")
            .On("projects/acme-prod/global/images", "{}")
            .OnError("projects/acme-prod/global/operations", 403, "forbidden", "Required 'compute.globalOperations.list' permission for 'projects/acme-prod'");
        NavigateTo("/?project=acme-prod");

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("compute.globalOperations.list", page.Find("[data-testid=missing-permission]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal(5, page.FindAll("[data-testid=count]").Count);
    }
}
