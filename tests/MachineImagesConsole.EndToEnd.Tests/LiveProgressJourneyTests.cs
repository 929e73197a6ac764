using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// In a real browser, with LocalCloud's timed simulation: a restore drill shows its phases advancing live (accepted →
/// RUNNING → boot marker → clean-up, each with its time), and a deprecation shows live progress to DONE.
/// </summary>
public sealed class LiveProgressJourneyTests(LiveProgressJourneyTests.SlowMetadataFixture fixture) : IClassFixture<LiveProgressJourneyTests.SlowMetadataFixture>
{
    /// <summary>LocalCloud keeps a metadata change (deprecate, setLabels) PENDING for 3 s, so its progress can be watched.</summary>
    public sealed class SlowMetadataFixture() : ConsoleFixture(new Dictionary<string, string> { ["LocalCloud__Simulation__MetadataOperationSeconds"] = "3" });

    private static readonly string[] DrillSteps = ["accepted", "running", "boot-marker", "cleanup"];

    [Fact]
    public async Task Drill_Started_PhasesAdvanceLiveEachWithItsTime()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "restore-drills?project=acme-prod");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Restore drills" })).ToBeVisibleAsync();
        await UntilInteractiveAsync(() => ChooseAsync(page, "Machine image", "web-1-nightly"));
        await page.GetByTestId("start-drill").ClickAsync();

        var live = page.Locator("[data-testid^=drill-live-]").First;
        try
        {
            await Assertions.Expect(live).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("drill-live-started"), FullPage = true });
        }

        // Record every state the steps show until the drill is done (waiting each time for the next change in the
        // page): they must advance one after another, live.
        const string States = "() => [...document.querySelectorAll('[data-testid^=drill-live-]')[0].querySelectorAll('[data-testid^=progress-step-][data-state]')].map(e => e.dataset.state).join(',')";
        var seen = new List<string>();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var snapshot = await page.EvaluateAsync<string>(States);
            seen.Add(snapshot);
            var states = snapshot.Split(',');
            if (states.Contains("active")) await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath($"drill-live-{seen.Count}"), FullPage = true });
            Assert.DoesNotContain("failed", states);
            if (states.Length == DrillSteps.Length && states.All(s => s == "done")) break;
            Assert.True(DateTime.UtcNow < deadline, "The drill did not finish in time; states seen: " + string.Join(" | ", seen));
            await page.WaitForFunctionAsync($"previous => ({States})() !== previous", snapshot, new() { Timeout = 120_000, PollingInterval = 50 });
        }

        // At least one phase after "accepted" was seen running before it was done, and nothing ever stepped back.
        Assert.Contains(seen, s => s.Split(',').Skip(1).Contains("active"));
        var order = seen.Select(s => s.Split(',').Count(x => x == "done")).ToList();
        Assert.Equal(order.Order(), order);
        foreach (var step in DrillSteps)
            await Assertions.Expect(live.GetByTestId($"progress-step-{step}-time")).ToHaveTextAsync(new Regex(@"^ · \d+ (s|min)"));
        await Assertions.Expect(live).ToContainTextAsync("PASSED");
        await Assertions.Expect(page.GetByTestId("drill-history")).Not.ToContainTextAsync("WAITINGFORRUNNING");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("drill-live-done"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Deprecate_Applied_ShowsLiveProgressToDone()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "images/acme-web-v068/deprecate?project=acme-prod");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deprecation of acme-web-v068" })).ToBeVisibleAsync();
        var progress = page.GetByTestId("operation-progress");
        await UntilInteractiveAsync(async () =>
        {
            await page.GetByTestId("apply-deprecation").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await progress.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 2_000 });
        });

        var status = progress.GetByTestId("operation-status");
        await Assertions.Expect(progress.GetByTestId("operation-title")).ToHaveTextAsync("Setting acme-web-v068 to DEPRECATED");
        await Assertions.Expect(status).ToHaveTextAsync(new Regex("^(PENDING|RUNNING)$"));
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("deprecate-running"), FullPage = true });
        await Assertions.Expect(status).ToHaveTextAsync("DONE", new() { Timeout = 60_000 });
        await Assertions.Expect(progress.GetByTestId("operation-percent")).ToHaveTextAsync("100 %");
        await Assertions.Expect(page.GetByTestId("result")).ToHaveTextAsync("acme-web-v068 is now DEPRECATED.");
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "acme-web-v068 is now DEPRECATED." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("current-state")).ToContainTextAsync("DEPRECATED");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("deprecate-done"), FullPage = true });
        await page.Context.CloseAsync();
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.Locator(".mud-select").Filter(new() { HasText = label }).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })
            .Or(page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }))
            .First.ClickAsync(new() { Timeout = 3_000 });
    }

    /// <summary>The first paint is prerendered: repeat an interaction until it takes (a condition wait with a deadline).</summary>
    private static async Task UntilInteractiveAsync(Func<Task> interaction)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await interaction();
                return;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException && DateTime.UtcNow < deadline)
            {
                // not interactive yet
            }
        }
    }
}
