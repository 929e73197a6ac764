using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>Restore a machine image with overrides, and run a restore drill, in a real browser.</summary>
public sealed class RestoreJourneyTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    /// <summary>The first paint is prerendered: click until the expected text shows (a condition wait with a deadline).</summary>
    private static async Task ClickUntilAsync(ILocator button, ILocator expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await button.ClickAsync();
            try
            {
                await expected.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 2_000 });
                return;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException && DateTime.UtcNow < deadline)
            {
                // not interactive yet: click again
            }
        }
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.Locator(".mud-select").Filter(new() { HasText = label }).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })
            .Or(page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }))
            .First.ClickAsync(new() { Timeout = 3_000 });
    }

    [Fact]
    public async Task RestoreWizard_MachineTypeSubnetAndStartupScript_ReviewShowsOverridesAndVmRuns()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images/web-1-nightly/restore?project=acme-prod");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Restore web-1-nightly to a new VM" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Step 1 of 5")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("restore-step1"), FullPage = true });

        // Until the circuit is interactive, typing lands in the prerendered input only: type and press Next until the message shows.
        var name = page.GetByLabel("Instance name");
        var message = page.GetByText("Instance name must start with a lowercase letter.");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await name.FillAsync("Bad_Name");
            await page.GetByTestId("next").ClickAsync();
            try
            {
                await message.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 2_000 });
                break;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                if (await page.GetByText("Step 2 of 5").IsVisibleAsync()) await page.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
            }
        }
        await Assertions.Expect(page.GetByText("Step 1 of 5")).ToBeVisibleAsync();
        await name.FillAsync("web-1-journey");
        await ClickUntilAsync(page.GetByTestId("next"), page.GetByText("Step 2 of 5"));

        await page.GetByText("Custom vCPUs and memory").ClickAsync();
        await page.Locator("input[data-testid=custom-vcpus]").FillAsync("4");
        await page.Locator("input[data-testid=custom-memory]").FillAsync("8192");
        await ClickUntilAsync(page.GetByTestId("next"), page.GetByText("Step 3 of 5"));

        await ChooseAsync(page, "Network", "prod-vpc");
        await ClickUntilAsync(page.GetByTestId("next"), page.GetByText("Step 4 of 5"));

        await page.GetByLabel("Startup script").FillAsync("#!/bin/bash\necho journey");
        await ClickUntilAsync(page.GetByTestId("next"), page.GetByText("Step 5 of 5"));

        var diff = page.GetByTestId("diff");
        await Assertions.Expect(diff).ToContainTextAsync("n2-custom-4-8192");
        await Assertions.Expect(diff).ToContainTextAsync("prod-vpc/prod-us-central1");
        await Assertions.Expect(diff).ToContainTextAsync("+startup-script");
        await Assertions.Expect(page.GetByTestId("gcloud-command")).ToContainTextAsync("--source-machine-image=projects/acme-prod/global/machineImages/web-1-nightly");
        await Assertions.Expect(page.GetByTestId("preflight")).ToContainTextAsync("No instance named web-1-journey");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("restore-review"), FullPage = true });

        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("restore-status")).ToContainTextAsync("web-1-journey is RUNNING", new() { Timeout = 90_000 });
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("restore-running"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RestoreDrill_MachineImage_PassesWithPhasesAndRto()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "restore-drills?project=acme-prod");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Restore drills" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("restore-drills-start"), FullPage = true });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await ChooseAsync(page, "Machine image", "web-1-nightly");
                break;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException && DateTime.UtcNow < deadline)
            {
                // not interactive yet
            }
        }
        await page.GetByTestId("start-drill").ClickAsync();
        var history = page.GetByTestId("drill-history");
        await Assertions.Expect(history).ToContainTextAsync("PASSED", new() { Timeout = 120_000 });
        await Assertions.Expect(history).ToContainTextAsync("Deleted");
        await Assertions.Expect(history).ToContainTextAsync("/ 30:00");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("restore-drill-passed"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
