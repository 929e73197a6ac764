using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Pages.Lifecycle;
using MachineImagesConsole.Components.Tests.Dashboards;
using MachineImagesConsole.Components.Tests.Sharing;

namespace MachineImagesConsole.Components.Tests.Lifecycle;

public sealed class CleanupPageTests() : LifecycleTestContext("admin@example.com", ConsoleRoles.Admin)
{
    private IRenderedComponent<CleanupPage> Open()
    {
        Backend.On("projects/acme-prod/global/images", ComputeJson.List("compute#imageList",
                ComputeJson.Image("web-v1", family: "web", created: "2025-01-01T00:00:00Z"),
                ComputeJson.Image("web-v2", family: "web", created: "2025-02-01T00:00:00Z"),
                ComputeJson.Image("web-v3", family: "web", created: "2025-03-01T00:00:00Z"),
                ComputeJson.Image("db-v1", family: "db", created: "2025-01-01T00:00:00Z")))
            .On("projects/acme-prod/global/instanceTemplates", """{"kind":"compute#instanceTemplateList","items":[]}""");
        NavigateTo("/cleanup?project=acme-prod");
        return Render<CleanupPage>();
    }

    [Fact]
    public void SaveRule_Invalid_MessagesBesideFieldsAndNothingSaved()
    {
        var page = Open();

        page.Find("[data-testid=save-rule]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give the rule a name", page.Markup, StringComparison.Ordinal));
        Assert.Contains("Select by at least one of", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.Find("[data-testid=rules] tbody").Children);
    }

    [Fact]
    public void DryRun_SavedRule_ListsWhatWouldBeDeletedAndWhyWithoutDeleting()
    {
        var page = Open();
        page.Find("input[data-testid=rule-name]").Input("web weekly");
        page.Find("input[data-testid=rule-prefix]").Input("web-");
        page.Find("input[data-testid=rule-keep]").Input("1");
        page.Find("[data-testid=save-rule]").Click();
        page.WaitForAssertion(() => Assert.Single(page.Find("[data-testid=rules] tbody").Children), TimeSpan.FromSeconds(5));

        page.Find("[aria-label='Dry run web weekly']").Click();

        page.WaitForAssertion(() => Assert.Contains("2 to delete", page.Find("[data-testid=plan]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        var plan = page.Find("[data-testid=plan]").TextContent;
        Assert.Contains("not among the newest 1", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("db-v1", plan, StringComparison.Ordinal);
        Assert.Equal(0, Backend.Requests.Count(u => u.AbsolutePath.Contains("/images/web-", StringComparison.Ordinal)));
        Assert.True(page.Find("[data-testid=run-cleanup]").HasAttribute("disabled"));
    }
}
