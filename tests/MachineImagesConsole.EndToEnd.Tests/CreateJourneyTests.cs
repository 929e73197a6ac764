using System.Globalization;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// An operator creates a machine image from a demo VM in a real browser and watches it go PENDING → RUNNING → DONE
/// (LocalCloud's timed simulation: db-primary's 500 GB take about 25 s); a viewer cannot create.
/// </summary>
public sealed class CreateJourneyTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task CreateMachineImage_AsOperator_ShowsLiveProgressUntilDoneAndListsTheImage()
    {
        var name = "journey-" + Guid.NewGuid().ToString("N")[..8];
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images?project=acme-prod");
        await page.GetByTestId("create-button").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create machine image" })).ToBeVisibleAsync();

        // Step 1: zone, then the VM (its status and disks are shown).
        await ChooseAsync(page, "source-zone", "us-central1-a");
        await page.GetByTestId("source-instances").GetByText("db-primary").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("source-disks")).ToContainTextAsync("400 GB");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("create-machine-image-source"), FullPage = true });
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-step-1")).ToHaveAttributeAsync("aria-current", "step");

        // Step 2: a bad name is refused beside the field; then a good one.
        var nameBox = page.GetByRole(AriaRole.Textbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Name") });
        await nameBox.FillAsync("Bad_Name");
        await Assertions.Expect(page.GetByText("Name must start with a lowercase letter.")).ToBeVisibleAsync();
        await nameBox.FillAsync(name);
        await Assertions.Expect(page.GetByText("Name must start with a lowercase letter.")).ToHaveCountAsync(0);
        await page.GetByTestId("wizard-next").ClickAsync();

        // Step 3: defaults; guest flush is offered because db-primary is running.
        await Assertions.Expect(page.GetByText("Guest flush (application-consistent)")).ToBeVisibleAsync();
        await page.GetByTestId("wizard-next").ClickAsync();

        // Review: pre-flight checks pass, the equivalent command is shown.
        await Assertions.Expect(page.GetByTestId("preflight-instance-rate")).ToHaveAttributeAsync("data-passed", "true");
        await Assertions.Expect(page.GetByTestId("review-gcloud")).ToContainTextAsync("--source-instance=db-primary");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("create-machine-image-review"), FullPage = true });
        await page.GetByTestId("wizard-submit").ClickAsync();

        var status = page.GetByTestId("operation-status");
        await Assertions.Expect(status.Or(page.GetByTestId("submit-error")).Or(page.GetByTestId("submit-forbidden"))).ToBeVisibleAsync(new() { Timeout = 30_000 });
        if (await status.CountAsync() == 0)
        {
            await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("create-machine-image-refused"), FullPage = true });
            Assert.Fail("Compute refused the machine image: " + await page.Locator("[data-testid=submit-error], [data-testid=submit-forbidden]").First.InnerTextAsync());
        }

        // Live progress: shown at once, not yet DONE, then DONE at 100 % with a snackbar. (The tracker learns of
        // RUNNING only when operations.wait returns, which is at DONE: see the report.)
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(PENDING|RUNNING)$"));
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("create-machine-image-running"), FullPage = true });
        await Assertions.Expect(status).ToHaveTextAsync("DONE", new() { Timeout = (float)Generous.TotalMilliseconds });
        await Assertions.Expect(page.GetByTestId("operation-percent")).ToHaveTextAsync("100 %");
        await Assertions.Expect(page.GetByText($"Machine image {name} is ready.")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("create-machine-image-done"), FullPage = true });

        // The list shows it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to machine images" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("machine-images-grid").GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CreateMachineImage_AsViewer_NoCreateButtonAndWizardForbidden()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com", "machine-images?project=acme-prod");
        await Assertions.Expect(page.GetByTestId("machine-images-grid")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("create-button")).ToHaveCountAsync(0);

        await page.GotoAsync(fixture.Console.BaseUrl + "machine-images/create?project=acme-prod");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You can't open this page", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("wizard-next")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("create-machine-image-viewer-forbidden"), FullPage = true });
        await page.Context.CloseAsync();
    }

    /// <summary>Opens a MudSelect and picks an option; retries until the circuit is interactive and the list opens.</summary>
    internal static async Task ChooseAsync(IPage page, string testId, string option)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var item = page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true });
        while (true)
        {
            await page.GetByTestId(testId).ClickAsync();
            try
            {
                await item.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 2_000 });
                break;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException && DateTime.UtcNow < deadline)
            {
            }
        }
        await item.ClickAsync();
    }
}
