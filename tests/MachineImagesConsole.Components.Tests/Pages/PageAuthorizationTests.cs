using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Pages;
using MachineImagesConsole.Components.Pages.Dashboard;
using MachineImagesConsole.Components.Pages.Drills;
using MachineImagesConsole.Components.Pages.ImageFamilies;
using MachineImagesConsole.Components.Pages.Images;
using MachineImagesConsole.Components.Pages.MachineImages;
using MachineImagesConsole.Components.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace MachineImagesConsole.Components.Tests.Pages;

public sealed class PageAuthorizationTests : ConsoleComponentTestContext
{
    public static TheoryData<Type, string> ProtectedPages => new()
    {
        { typeof(DashboardPage), ConsolePolicies.View },
        { typeof(MachineImagesPage), ConsolePolicies.View },
        { typeof(ImagesPage), ConsolePolicies.View },
        { typeof(ImageFamiliesPage), ConsolePolicies.View },
        { typeof(Components.Pages.Operations.OperationsPage), ConsolePolicies.View },
        { typeof(RestoreDrillsPage), ConsolePolicies.View },
        { typeof(Components.Pages.Audit.AuditLogPage), ConsolePolicies.Administer },
        { typeof(SettingsPage), ConsolePolicies.Administer },
    };

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public void Page_Protected_RequiresItsPolicy(Type page, string policy)
    {
        var authorize = Assert.Single(page.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>());
        Assert.Equal(policy, authorize.Policy);
    }

    [Fact]
    public void Pages_Every_RoutableComponentDeclaresItsAuthorization()
    {
        var routable = typeof(DashboardPage).Assembly.GetTypes().Where(t => t.GetCustomAttributes(typeof(RouteAttribute), false).Length > 0).ToList();

        Assert.NotEmpty(routable);
        Assert.All(routable, t => Assert.True(
            t.IsDefined(typeof(AuthorizeAttribute), true) || t.IsDefined(typeof(AllowAnonymousAttribute), true),
            $"{t.Name} has neither [Authorize] nor [AllowAnonymous]"));
    }

    [Fact]
    public void SettingsPage_Admin_ShowsWhatIsConfiguredReadOnlyWithEachKey()
    {
        SignInAs(ConsoleRoles.Admin);

        var cut = Render<SettingsPage>();

        Assert.Equal("Settings", cut.Find("h1").TextContent.Trim());
        Assert.Contains("Console:Mode", cut.Find("[data-testid=settings-mode]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Console:Authorization:Roles:Admin", cut.Find("[data-testid=settings-role-mapping]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("input, textarea, select"));
        Assert.DoesNotContain("not available yet", cut.Markup, StringComparison.Ordinal);
    }
}
