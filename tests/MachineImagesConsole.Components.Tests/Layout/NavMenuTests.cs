using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Layout;
using MachineImagesConsole.Components.Tests.Infrastructure;

namespace MachineImagesConsole.Components.Tests.Layout;

public sealed class NavMenuTests : ConsoleComponentTestContext
{
    private static readonly string[] ViewerItems = ["Dashboard", "Machine images", "Images", "Image families", "Operations", "Restore drills"];
    private static readonly string[] BackupItems = ["Instances", "Backup policies"];
    private static readonly string[] AdminItems = ["Audit log", "Clean-up", "Settings"];

    [Theory]
    [InlineData(ConsoleRoles.Viewer)]
    [InlineData(ConsoleRoles.HelpDesk)]
    [InlineData(ConsoleRoles.Operator)]
    public void NavMenu_NonAdminRole_ShowsBrowsingItemsButNotAuditLogOrSettings(string role)
    {
        SignInAs(role);

        var cut = Render<NavMenu>();

        var labels = LinkLabels(cut);
        string[] expected = role switch
        {
            ConsoleRoles.Viewer => [.. ViewerItems, .. BackupItems],
            ConsoleRoles.HelpDesk => [.. ViewerItems, "Self-service"], // HelpDesk sees no backups
            _ => [.. ViewerItems, .. BackupItems, "Self-service"],
        };
        Assert.Equal(expected, labels);
        Assert.DoesNotContain("Audit log", labels);
        Assert.DoesNotContain("Settings", labels);
    }

    [Fact]
    public void NavMenu_Admin_ShowsAuditLogAndSettings()
    {
        SignInAs(ConsoleRoles.Admin);

        var cut = Render<NavMenu>();

        Assert.Equal([.. ViewerItems, .. BackupItems, "Self-service", .. AdminItems], LinkLabels(cut));
    }

    [Fact]
    public void NavMenu_SignedInWithoutRole_ShowsNoItems()
    {
        SignInAs(role: null);

        var cut = Render<NavMenu>();

        Assert.Empty(LinkLabels(cut));
    }

    [Fact]
    public void NavMenu_ProjectSelected_LinksCarryTheProject()
    {
        SignInAs(ConsoleRoles.Admin);

        var cut = Render<NavMenu>(p => p.Add(m => m.ProjectId, "acme-prod"));

        var hrefs = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(12, hrefs.Count);
        Assert.All(hrefs, href => Assert.EndsWith("?project=acme-prod", href, StringComparison.Ordinal));
        Assert.Contains("/machine-images?project=acme-prod", hrefs);
    }

    [Fact]
    public void NavMenu_Always_IsANamedNavigationLandmark()
    {
        SignInAs(ConsoleRoles.Viewer);

        var cut = Render<NavMenu>();

        Assert.Equal("Main navigation", cut.Find("nav[aria-label]").GetAttribute("aria-label"));
    }

    private static List<string> LinkLabels(IRenderedComponent<NavMenu> cut)
        => cut.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
}
