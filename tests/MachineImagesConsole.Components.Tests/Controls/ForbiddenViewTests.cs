using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Controls;
using MachineImagesConsole.Components.Tests.Infrastructure;

namespace MachineImagesConsole.Components.Tests.Controls;

public sealed class ForbiddenViewTests : ConsoleComponentTestContext
{
    [Fact]
    public void ForbiddenView_NoRole_SaysNoAccessAndNamesTheAccount()
    {
        SignInAs(role: null, email: "stranger@example.com");

        var cut = Render<ForbiddenView>();

        var alert = cut.Find("[role=alert]");
        Assert.Equal("No access to this console", alert.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("stranger@example.com", alert.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("form[action='account/signout'] button[type=submit]"));
    }

    [Fact]
    public void ForbiddenView_RoleTooLow_NamesTheRoleAndOffersTheDashboard()
    {
        SignInAs(ConsoleRoles.Viewer);

        var cut = Render<ForbiddenView>();

        var alert = cut.Find("[role=alert]");
        Assert.Equal("You can't open this page", alert.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Viewer", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/" && a.TextContent.Contains("dashboard", StringComparison.Ordinal));
    }
}
