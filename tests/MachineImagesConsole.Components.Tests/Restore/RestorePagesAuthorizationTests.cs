using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Pages.Drills;
using MachineImagesConsole.Components.Pages.HelpDesk;
using MachineImagesConsole.Components.Pages.Restore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace MachineImagesConsole.Components.Tests.Restore;

public sealed class RestorePagesAuthorizationTests
{
    [Theory]
    [InlineData(typeof(RestoreWizardPage), ConsolePolicies.Operate, "/machine-images/{Name}/restore")]
    [InlineData(typeof(RestoreDrillsPage), ConsolePolicies.View, "/restore-drills")]
    [InlineData(typeof(SelfServicePage), ConsolePolicies.SelfServiceClone, "/self-service")]
    public void Page_RouteAndPolicy_AsDesigned(Type page, string policy, string route)
    {
        var authorize = Assert.Single(page.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>());
        Assert.Equal(policy, authorize.Policy);
        Assert.Contains(page.GetCustomAttributes(typeof(RouteAttribute), false).Cast<RouteAttribute>(), r => r.Template == route);
    }
}
