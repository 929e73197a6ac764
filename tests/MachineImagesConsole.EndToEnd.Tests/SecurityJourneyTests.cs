using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>In Chromium: the pages run under the console's CSP with no violation, and a hostile return URL ends at home.</summary>
public sealed class SecurityJourneyTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private const string ViolationMarker = "[csp-violation]";

    [Fact]
    public async Task Pages_UnderTheContentSecurityPolicy_ReportNoViolation()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Console.BaseUrl.ToString() });
        context.SetDefaultTimeout(30_000);
        var problems = new List<string>();
        await context.AddInitScriptAsync($$"""
            document.addEventListener('securitypolicyviolation', e =>
              console.error('{{ViolationMarker}} ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains(ViolationMarker, StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                lock (problems) problems.Add(message.Page?.Url + ": " + message.Text);
        };

        await page.GotoAsync(fixture.Console.BaseUrl.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "admin@example.com" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(fixture.Console.BaseUrl.ToString(), StringComparison.Ordinal));
        await fixture.OpenAccountMenuAsync(page); // proves the circuit (WebSocket, scripts) is interactive under the policy
        foreach (var path in new[] { "machine-images?project=acme-prod", "images?project=acme-prod", "operations", "audit" })
        {
            await page.GotoAsync(fixture.Console.BaseUrl + path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await fixture.OpenAccountMenuAsync(page);
        }
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("csp-audit"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        lock (problems) Assert.True(problems.Count == 0, "CSP violations:\n" + string.Join('\n', problems));
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WithTabSmuggledReturnUrl_EndsOnTheConsolesHomePage()
    {
        var context = await fixture.Browser.NewContextAsync();
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.Console.BaseUrl + "account/signin?returnUrl=/%09/evil.example/phish");
        await page.GetByRole(AriaRole.Button, new() { Name = "admin@example.com" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(fixture.Console.BaseUrl.ToString(), StringComparison.Ordinal) && !url.Contains("signin-oidc", StringComparison.Ordinal));

        Assert.Equal(fixture.Console.BaseUrl.ToString(), page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_InOneTab_EndsTheCircuitOfAnotherTabOfTheSameSession()
    {
        var first = await fixture.SignInAsAsync("operator@example.com", "operations");
        await fixture.OpenAccountMenuAsync(first); // interactive: its circuit is registered
        await first.Keyboard.PressAsync("Escape");
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(fixture.Console.BaseUrl.ToString());
        await fixture.OpenAccountMenuAsync(second);

        await second.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The other tab did nothing: its circuit is told the session ended and the browser leaves the page.
        await first.WaitForURLAsync(url => url.Contains("/account/signed-out", StringComparison.Ordinal), new() { Timeout = 30_000 });
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await first.Context.CloseAsync();
    }
}
