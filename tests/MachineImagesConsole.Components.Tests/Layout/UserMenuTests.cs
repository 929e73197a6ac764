using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Layout;
using MachineImagesConsole.Components.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MachineImagesConsole.Components.Tests.Layout;

public sealed class UserMenuTests : ConsoleComponentTestContext
{
    [Fact]
    public void UserMenu_Opened_ShowsNameEmailRoleAndSignOutForm()
    {
        SignInAs(ConsoleRoles.Operator, "Grace Hopper", "grace@example.com");
        var cut = RenderWithPopovers();

        cut.Find("button[aria-label='Account menu for Grace Hopper']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Grace Hopper", cut.Find(".mic-user-name").TextContent.Trim()));
        Assert.Equal("grace@example.com", cut.Find(".mic-user-email").TextContent.Trim());
        Assert.Equal("Role: Operator", cut.Find(".mic-user-role").TextContent.Trim());
        var form = cut.Find("form[action='account/signout']");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Contains("Sign out", form.QuerySelector("button[type='submit']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UserMenu_SignedInWithoutRole_SaysRoleNone()
    {
        SignInAs(role: null, "Nobody", "nobody@example.com");
        var cut = RenderWithPopovers();

        cut.Find("button[aria-label='Account menu for Nobody']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Role: none", cut.Find(".mic-user-role").TextContent.Trim()));
    }

    [Fact]
    public void UserMenu_PrerenderedBeforeTheCircuitIsLive_ShowsTheButtonDisabled()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        SignInAs(ConsoleRoles.Viewer, "Vera Viewer");

        var cut = Render<UserMenu>();

        var button = cut.Find("button[aria-label='Account menu for Vera Viewer']");
        Assert.True(button.HasAttribute("disabled"));
        Assert.Empty(cut.FindComponents<MudMenu>());
    }

    [Fact]
    public void UserMenu_Anonymous_RendersNothing()
    {
        Authorization.SetNotAuthorized();

        var cut = Render<UserMenu>();

        Assert.Empty(cut.FindAll("button"));
    }

    private IRenderedComponent<ContainerFragment> RenderWithPopovers()
        => Render<ContainerFragment>(p => p.AddChildContent(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<UserMenu>(1);
            builder.CloseComponent();
        }));
}
