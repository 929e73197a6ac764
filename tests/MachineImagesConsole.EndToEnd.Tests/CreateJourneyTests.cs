using System.Globalization;
using MachineImagesConsole.TestSupport;
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

        // The wizard, step by step, with this journey's own checks on the way.
        await CreateWizardWalk.ToReviewAsync(page, name, checks: new()
        {
            // Step 1: zone, then the VM (its status and disks are shown).
            Source = async p =>
            {
                await Assertions.Expect(p.GetByTestId("source-disks")).ToContainTextAsync("400 GB");
                await p.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("create-machine-image-source"), FullPage = true });
            },
            // Step 2: a bad name is refused beside the field; then a good one.
            BeforeName = async (p, nameBox) =>
            {
                await nameBox.FillAsync("Bad_Name");
                await Assertions.Expect(p.GetByText("Name must start with a lowercase letter.")).ToBeVisibleAsync();
            },
            AfterName = p => Assertions.Expect(p.GetByText("Name must start with a lowercase letter.")).ToHaveCountAsync(0),
            // Step 3: defaults; guest flush is offered because db-primary is running.
            Options = p => Assertions.Expect(p.GetByText("Guest flush (application-consistent)")).ToBeVisibleAsync(),
            // Review: pre-flight checks pass, the equivalent command is shown.
            Review = async p =>
            {
                await Assertions.Expect(p.GetByTestId("review-gcloud")).ToContainTextAsync("--source-instance=db-primary");
                await p.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("create-machine-image-review"), FullPage = true });
            },
        });
        var status = await CreateWizardWalk.SubmitAsync(page, ConsoleFixture.ScreenshotPath("create-machine-image-refused"));

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
}
