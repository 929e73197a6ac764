using System.Text.RegularExpressions;
using MachineImagesConsole.TestSupport;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>The rough edges of issue #15 (7 and 8), each seen the way a person sees it in Chromium.</summary>
[Collection(FormsCollection.Name)]
public sealed partial class PolishJourneyTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task FirstRun_NoProjectInTheUrl_OpensOnTheFirstVisibleProject_ThenOnTheLastOneChosen()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com");
        await Assertions.Expect(page).ToHaveURLAsync(ProjectInUrl(), new() { Timeout = Journey.Slow });
        var first = ProjectInUrl().Match(page.Url).Groups[1].Value;
        Assert.NotEmpty(first);

        await Journey.OpenAsync(page, "?project=acme-staging");
        // The console remembers the choice once the page is interactive (in this browser's storage): wait for that
        // before leaving, as a person looking at the page would (a condition with a deadline, not a sleep).
        var deadline = DateTime.UtcNow.AddMilliseconds(Journey.Slow);
        while (await page.EvaluateAsync<string?>("() => window.localStorage.getItem('mic-project')") != "acme-staging")
        {
            Assert.True(DateTime.UtcNow < deadline, "The console did not remember acme-staging.");
            await page.WaitForTimeoutAsync(100);
        }
        await Journey.OpenAsync(page, "");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]project=acme-staging(&|$)"), new() { Timeout = Journey.Slow });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AppBar_ProjectPicker_LabelIsNotClipped_AndHeadingsHaveNoFocusBox()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com", "machine-images?project=acme-prod");
        var label = page.Locator(".mic-project-picker label");
        await Assertions.Expect(label).ToBeVisibleAsync();
        var labelBox = await label.BoundingBoxAsync();
        var barBox = await page.Locator(".mud-appbar").BoundingBoxAsync();
        Assert.NotNull(labelBox);
        Assert.NotNull(barBox);
        // Inside the bar with room to spare: a label flush with the bar's top edge has its letters cut off.
        const double room = 2;
        Assert.True(labelBox.Y >= barBox.Y + room && labelBox.Y + labelBox.Height <= barBox.Y + barBox.Height - room,
            $"The Project label ({labelBox.Y}–{labelBox.Y + labelBox.Height}) is not inside the app bar ({barBox.Y}–{barBox.Y + barBox.Height}) with {room} px to spare.");
        await page.Locator(".mud-appbar").ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("polish-app-bar") });

        // After navigating with the keyboard (where Chromium draws focus rings), focus is on the heading (for screen
        // readers) without a visible box.
        await page.GetByRole(AriaRole.Link, new() { Name = "Images", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToBeFocusedAsync(new() { Timeout = Journey.Slow });
        Assert.Equal("none", await heading.EvaluateAsync<string>("h => getComputedStyle(h).outlineStyle"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Settings_Admin_SeesWhatIsConfigured()
    {
        var page = await fixture.SignInAsAsync("admin@example.com", "settings");
        await Assertions.Expect(page.GetByTestId("settings-mode")).ToContainTextAsync("LocalCloud");
        await Assertions.Expect(page.GetByTestId("settings-role-mapping")).ToContainTextAsync("Console:Authorization:Roles:Admin");
        await Assertions.Expect(page.GetByTestId("settings-help-desk-guardrails")).ToContainTextAsync("acme-helpdesk-sandbox");
        await Assertions.Expect(page.GetByTestId("settings-projects")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("not available yet", new() { Exact = false })).ToHaveCountAsync(0);
        await Journey.ScreenshotAsync(page, "polish-settings");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LocalCloudSignIn_HasAFavicon_AndLogsNoError()
    {
        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") failures.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status == 404) failures.Add("404 " + r.Url); };
        await page.GotoAsync(fixture.Console.BaseUrl.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "viewer@example.com" })).ToBeVisibleAsync();
        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(icon));
        var response = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), icon).ToString());
        Assert.Equal(200, response.Status);
        Assert.Empty(failures);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Viewer_ImageDetail_NoBlastRadiusButton_AndPermissionsTabSaysWhyInPlainWords()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com", "images/acme-golden-helpdesk?project=acme-prod");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "acme-golden-helpdesk" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Blast radius / protect" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Permissions" }).ClickAsync();
        var forbidden = page.GetByTestId("iam-forbidden").Or(page.GetByTestId("iam-bindings")).Or(page.GetByTestId("iam-empty"));
        await Assertions.Expect(forbidden).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("403")).ToHaveCountAsync(0);
        await Journey.ScreenshotAsync(page, "polish-viewer-permissions");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ImageFamilies_OneImage_SaysOneVersion()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com", "image-families?project=acme-prod");
        var versions = page.GetByTestId("family-versions");
        await Assertions.Expect(versions.First).ToBeVisibleAsync();
        // acme-golden has one image (other journeys in this console may add more one-image families).
        await Assertions.Expect(versions.Filter(new() { HasTextRegex = new Regex(@"^1 version ·") }).First).ToBeVisibleAsync();
        await Assertions.Expect(versions.Filter(new() { HasTextRegex = new Regex(@"^1 versions") })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MachineImageDetail_SourceVm_HasACloneLink()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images/db-primary-weekly-1?project=acme-prod");
        var link = page.GetByTestId("clone-vm-link");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new Regex("/instances/us-central1-a/db-primary/clone\\?project=acme-prod$"));
        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clone db-primary to a new VM" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Operations_RunningOperation_ShowsWhenItStarted()
    {
        var name = "forms-ops-" + Guid.NewGuid().ToString("N")[..6];
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images/create?project=acme-prod");
        await CreateWizardWalk.ToReviewAsync(page, name);
        var status = await CreateWizardWalk.SubmitAsync(page);
        await Assertions.Expect(status).ToHaveTextAsync(new Regex("^(PENDING|RUNNING)$"), new() { Timeout = Journey.Slow });

        await Journey.OpenAsync(page, "operations?project=acme-prod");
        var row = page.Locator("[data-testid=operation-row]", new() { Has = page.GetByTestId("operation-target").Filter(new() { HasTextString = name }) });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", new Regex("^(PENDING|RUNNING)$"), new() { Timeout = Journey.Slow });
        await Assertions.Expect(row.GetByTestId("operation-started")).ToHaveTextAsync(new Regex(@"\d{2}:\d{2}"));
        await Journey.ScreenshotAsync(page, "polish-operations-running");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("[?&]project=([a-z][-a-z0-9]*)")] private static partial Regex ProjectInUrl();
}
