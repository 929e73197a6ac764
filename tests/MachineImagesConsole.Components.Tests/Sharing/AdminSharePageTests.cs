using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Pages.Share;

namespace MachineImagesConsole.Components.Tests.Sharing;

public sealed class AdminSharePageTests() : LifecycleTestContext("admin@example.com", ConsoleRoles.Admin)
{
    private const string MachineImage = "projects/acme-prod/global/machineImages/nightly";

    [Fact]
    public void MakePublic_AsAdmin_NeedsExplicitAcknowledgementBeforeReview()
    {
        Backend.On(MachineImage + "/getIamPolicy", """{"etag":"BwB1","bindings":[]}""")
            .On(MachineImage + "/testIamPermissions", """{"permissions":[]}""");
        NavigateTo("/machine-images/nightly/share?project=acme-prod");
        var page = Render<SharePage>(p => p.Add(x => x.Name, "nightly"));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=no-bindings]")), TimeSpan.FromSeconds(5));

        page.Find("[data-testid=member-field] input").Input("allAuthenticatedUsers");
        page.Find("[data-testid=add-member]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=public-warning]")));
        Assert.True(page.Find("[data-testid=to-review]").HasAttribute("disabled"));
        page.Find("[data-testid=public-ack] input").Change(true);
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=to-review]").HasAttribute("disabled")));
        page.Find("[data-testid=to-review]").Click();
        page.WaitForAssertion(() => Assert.Contains("gcloud compute machine-images add-iam-policy-binding nightly --project=acme-prod --member=allAuthenticatedUsers --role=roles/compute.instanceAdmin.v1",
            page.Find("[data-testid=gcloud-lines]").TextContent, StringComparison.Ordinal));
    }
}
