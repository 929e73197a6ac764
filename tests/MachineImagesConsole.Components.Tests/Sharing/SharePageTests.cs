using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Pages.Share;

namespace MachineImagesConsole.Components.Tests.Sharing;

public sealed class SharePageTests() : LifecycleTestContext("operator@example.com", ConsoleRoles.Operator)
{
    private const string Image = "projects/acme-prod/global/images/web-v3";
    private const string Policy = """{"version":1,"etag":"BwA1","bindings":[{"role":"roles/compute.imageUser","members":["group:web@example.com","domain:example.com"]}]}""";

    private IRenderedComponent<SharePage> Open()
    {
        Backend.On(Image + "/getIamPolicy", Policy)
            .On(Image + "/testIamPermissions", """{"permissions":["compute.images.get","compute.images.useReadOnly"]}""");
        NavigateTo("/images/web-v3/share?project=acme-prod");
        var page = Render<SharePage>(p => p.Add(x => x.Name, "web-v3"));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=current-policy]")), TimeSpan.FromSeconds(5));
        return page;
    }

    private static void TypeMember(IRenderedComponent<SharePage> page, string value)
        => page.Find("[data-testid=member-field] input").Input(value);

    [Fact]
    public void Render_Policy_ShowsMembersByRoleWithTypesAndWhoCanUse()
    {
        var page = Open();

        var table = page.Find("[data-testid=current-policy]").TextContent;
        Assert.Contains("group:web@example.com", table, StringComparison.Ordinal);
        Assert.Contains("domain", table, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Contains("You can create VMs", page.Find("[data-testid=caller-can-use]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Contains("does not read project policies", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMember_Invalid_MessageBesideFieldAndNothingSent()
    {
        var page = Open();

        TypeMember(page, "ana@example.com");
        page.Find("[data-testid=add-member]").Click();

        page.WaitForAssertion(() => Assert.Contains("user:ana@example.com", page.Find("[data-testid=member-field]").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("[data-testid=to-review]").HasAttribute("disabled"));
        Assert.Equal(0, Calls("/setIamPolicy"));
    }

    [Fact]
    public void AddMember_AllAuthenticatedUsersAsOperator_Refused()
    {
        var page = Open();

        TypeMember(page, "allAuthenticatedUsers");
        page.Find("[data-testid=add-member]").Click();

        page.WaitForAssertion(() => Assert.Contains("Only a console Admin", page.Find("[data-testid=member-field]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=public-warning]"));
    }

    [Fact]
    public void Review_AddAndRemove_ShowsDiffAndGcloudLines()
    {
        var page = Open();
        TypeMember(page, "user:ana@example.com");
        page.Find("[data-testid=add-member]").Click();
        page.Find("[data-testid='remove domain:example.com roles/compute.imageUser'] input").Change(true);

        page.Find("[data-testid=to-review]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=diff]")));
        var diff = page.Find("[data-testid=diff]").TextContent;
        Assert.Contains("user:ana@example.com", diff, StringComparison.Ordinal);
        Assert.Contains("domain:example.com", diff, StringComparison.Ordinal);
        var gcloud = page.Find("[data-testid=gcloud-lines]").TextContent;
        Assert.Contains("gcloud compute images add-iam-policy-binding web-v3 --project=acme-prod --member=user:ana@example.com --role=roles/compute.imageUser", gcloud, StringComparison.Ordinal);
        Assert.Contains("remove-iam-policy-binding web-v3 --project=acme-prod --member=domain:example.com", gcloud, StringComparison.Ordinal);
        Assert.Contains("\"etag\": \"BwA1\"", page.Find("[data-testid=rest-request]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_PolicyChangedMeanwhile_ShowsNewPolicyAndDiffInsteadOfOverwriting()
    {
        var page = Open();
        TypeMember(page, "user:ana@example.com");
        page.Find("[data-testid=add-member]").Click();
        page.Find("[data-testid=to-review]").Click();

        // Between review and apply someone else added bo@; the write with the old etag gets 412.
        Backend.OnError(Image + "/setIamPolicy", 412, "conditionNotMet", "The policy etag does not match.")
            .On(Image + "/getIamPolicy", """{"version":1,"etag":"BwA2","bindings":[{"role":"roles/compute.imageUser","members":["group:web@example.com","domain:example.com","user:bo@example.com"]}]}""");
        page.Find("[data-testid=apply]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=conflict]")), TimeSpan.FromSeconds(5));
        Assert.Equal(1, Calls("/setIamPolicy"));
        var diff = page.Find("[data-testid=diff]").TextContent;
        Assert.Contains("user:ana@example.com", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("bo@example.com", diff, StringComparison.Ordinal);
        Assert.Contains("\"etag\": \"BwA2\"", page.Find("[data-testid=rest-request]").TextContent, StringComparison.Ordinal);
        Assert.Contains("user:bo@example.com", page.Find("[data-testid=rest-request]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Apply to the new policy", page.Find("[data-testid=apply]").TextContent, StringComparison.Ordinal);
    }
}
