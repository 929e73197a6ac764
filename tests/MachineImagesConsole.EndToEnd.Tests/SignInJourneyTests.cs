using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>Sign in as each demo role in a real browser, see what that role may see, sign out.</summary>
public sealed class SignInJourneyTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    public static TheoryData<string, string, bool> Roles => new()
    {
        { "admin@example.com", "Admin", true },
        { "operator@example.com", "Operator", false },
        { "helpdesk@example.com", "HelpDesk", false },
        { "viewer@example.com", "Viewer", false },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task SignIn_AsDemoRole_SeesWhatTheRoleMaySee_ThenSignsOut(string email, string role, bool seesAdminPages)
    {
        var page = await fixture.SignInAsAsync(email);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });

        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Machine images" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Operations" })).ToBeVisibleAsync();
        if (seesAdminPages)
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToBeVisibleAsync();
        else
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true })).ToHaveCountAsync(0);

        await fixture.OpenAccountMenuAsync(page);
        await Assertions.Expect(page.GetByText($"Role: {role}")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath($"signed-in-{role.ToLowerInvariant()}"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AuditLog_OpenedByViewer_ShowsForbiddenMessageNotThePage()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com", "audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You can't open this page", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Exact = true })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AuditLog_OpenedByAdmin_ShowsTheAuditLog()
    {
        var page = await fixture.SignInAsAsync("admin@example.com", "audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Search, new() { Name = "Filter the audit log" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("audit-admin"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
