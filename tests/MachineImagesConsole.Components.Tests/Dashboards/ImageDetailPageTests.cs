using Bunit;
using MachineImagesConsole.Components.Pages.Images;

namespace MachineImagesConsole.Components.Tests.Dashboards;

public sealed class ImageDetailPageTests : DashboardTestContext
{
    [Fact]
    public void Render_DeprecatedImage_ShowsBadgeReplacementAndCommands()
    {
        Backend.On("projects/acme-prod/global/images/app-v2",
                ComputeJson.Image("app-v2", family: "app", state: "DEPRECATED", replacement: "app-v3").ToJsonString())
            .On("projects/acme-prod/global/images/app-v2/getIamPolicy", """{"etag":"x","bindings":[]}""");
        NavigateTo("/images/app-v2?project=acme-prod");

        var page = Render<ImageDetailPage>(p => p.Add(x => x.Name, "app-v2"));

        page.WaitForAssertion(() => Assert.Contains("DEPRECATED", page.Find("[data-testid=deprecation-badge]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Contains("app-v3", page.Find("[data-testid=deprecation-badge] a").TextContent, StringComparison.Ordinal);
        Assert.Contains("disk: app-v2-disk", page.Find("[data-testid=overview]").TextContent, StringComparison.Ordinal);
        Assert.Contains("--source-disk=app-v2-disk", page.Find("[data-testid=gcloud-command]").TextContent, StringComparison.Ordinal);
        Assert.Contains("--family=app", page.Find("[data-testid=gcloud-command]").TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=iam-empty]")));
    }
}
