using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MachineImagesConsole.TestSupport;

/// <summary>
/// The create-machine-image wizard walked the way a person does, shared by the Playwright journeys (EndToEnd) and the
/// scale-out tests (a linked source file): zone, VM, name, the default options, the review with its pre-flight passed,
/// then Create. Each step is waited for before the next Next (Next validates the step first, and the name is checked
/// against Compute as it is typed). A journey adds its own checks at each step through <see cref="Checks"/>.
/// </summary>
internal static class CreateWizardWalk
{
    /// <summary>Deadline for one step on a busy 2-core machine.</summary>
    public const float StepTimeout = 60_000;

    /// <summary>What a journey checks on the way (each optional).</summary>
    public sealed class Checks
    {
        /// <summary>Step 1, once the VM is chosen and its disks are shown.</summary>
        public Func<IPage, Task>? Source { get; init; }

        /// <summary>Step 2, before the name is typed (given the name box).</summary>
        public Func<IPage, ILocator, Task>? BeforeName { get; init; }

        /// <summary>Step 2, once the name is typed and the field left.</summary>
        public Func<IPage, Task>? AfterName { get; init; }

        /// <summary>Step 3, the options with their defaults.</summary>
        public Func<IPage, Task>? Options { get; init; }

        /// <summary>The review, once the pre-flight checks passed.</summary>
        public Func<IPage, Task>? Review { get; init; }
    }

    /// <summary>From the open wizard to the review with the pre-flight passed, for a machine image <paramref name="name"/> of <paramref name="vm"/>.</summary>
    public static async Task ToReviewAsync(IPage page, string name, string vm = "db-primary", string zone = "us-central1-a", Checks? checks = null)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create machine image" })).ToBeVisibleAsync(new() { Timeout = StepTimeout });
        await ChooseAsync(page, "source-zone", zone);
        await page.GetByTestId("source-instances").GetByText(vm).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("source-disks")).ToBeVisibleAsync(new() { Timeout = StepTimeout });
        if (checks?.Source is { } source) await source(page);
        await NextAsync(page, 1);

        var nameBox = page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Name") });
        if (checks?.BeforeName is { } beforeName) await beforeName(page, nameBox);
        await nameBox.FillAsync(name);
        await nameBox.PressAsync("Tab");
        if (checks?.AfterName is { } afterName) await afterName(page);
        await NextAsync(page, 2);

        if (checks?.Options is { } options) await options(page);
        await NextAsync(page, 3);

        await Assertions.Expect(page.GetByTestId("preflight-instance-rate")).ToHaveAttributeAsync("data-passed", "true", new() { Timeout = StepTimeout });
        if (checks?.Review is { } review) await review(page);
    }

    /// <summary>
    /// Presses Create and waits for the live progress; if the console refused instead, saves a screenshot at
    /// <paramref name="refusedScreenshot"/> (when given) and fails with what the console said.
    /// </summary>
    public static async Task<ILocator> SubmitAsync(IPage page, string? refusedScreenshot = null)
    {
        await page.GetByTestId("wizard-submit").ClickAsync();
        var status = page.GetByTestId("operation-status");
        var refused = page.Locator("[data-testid=submit-error], [data-testid=submit-forbidden]");
        await Assertions.Expect(status.Or(refused).First).ToBeVisibleAsync(new() { Timeout = StepTimeout });
        if (await status.CountAsync() == 0)
        {
            if (refusedScreenshot is not null) await page.ScreenshotAsync(new() { Path = refusedScreenshot, FullPage = true });
            Assert.Fail("Compute refused the machine image: " + await refused.First.InnerTextAsync());
        }
        return status;
    }

    /// <summary>Presses Next and waits until step <paramref name="step"/> (0-based) is the current one.</summary>
    public static async Task NextAsync(IPage page, int step)
    {
        await page.GetByTestId("wizard-next").ClickAsync();
        try
        {
            await Assertions.Expect(page.GetByTestId($"wizard-step-{step}")).ToHaveAttributeAsync("aria-current", "step", new() { Timeout = StepTimeout });
        }
        catch (PlaywrightException e)
        {
            throw new PlaywrightException($"Next did not reach step {step}. {await DescribeAsync(page)}\n{e.Message}", e);
        }
    }

    /// <summary>What the wizard shows now, for a failure message: the current step, the messages shown and the circuit's state.</summary>
    public static async Task<string> DescribeAsync(IPage page)
    {
        var current = await page.Locator("[aria-current=step]").AllInnerTextsAsync();
        var messages = await page.Locator(".mud-input-error, .mud-alert, [role=alert]").AllInnerTextsAsync();
        var reconnect = await page.Locator("#components-reconnect-modal, .components-reconnect-show, .components-reconnect-failed, #blazor-error-ui").EvaluateAllAsync<string[]>(
            "els => els.map(e => `${e.id || e.className}: ${getComputedStyle(e).display} ${e.open ?? ''} ${e.innerText.trim().slice(0, 120)}`)");
        var values = await page.Locator("input[type=text], textarea").EvaluateAllAsync<string[]>("els => els.map(e => `${e.getAttribute('aria-label') ?? e.id}=${e.value}`)");
        return $"Current step: [{string.Join(", ", current)}]; shown: [{string.Join(" | ", messages)}]; circuit UI: [{string.Join(" | ", reconnect)}]; fields: [{string.Join(", ", values)}]; url {page.Url}";
    }

    /// <summary>Opens a MudSelect and picks an option; clicks again until the circuit is interactive and the list opens.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string option)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(StepTimeout);
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
                // not interactive yet, or the list closed again: click again
            }
        }
        await item.ClickAsync();
    }
}
