using System.Text.RegularExpressions;
using MachineImagesConsole.TestSupport;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// An operator starts a long machine image insert (db-primary, 500 GB, about 25 s in LocalCloud's timed simulation) with
/// the create wizard in their browser, while a viewer in a second browser watches the project's Operations page: the
/// viewer sees it move live to DONE, even after the operator's browser is closed mid-way. And when Compute fails to list
/// the project's running operations, the page says so beside its rows and recovers by itself.
/// </summary>
public sealed class OperationsJourneyTests(OperationsJourneyTests.Fixture fixture) : IClassFixture<OperationsJourneyTests.Fixture>
{
    /// <summary>The journeys' console, with LocalCloud's test control on (its fault rules can be set while it runs).</summary>
    public sealed class Fixture() : ConsoleFixture(new Dictionary<string, string> { ["LocalCloud__EnableTestControl"] = "true" });

    private const string Project = "acme-prod";

    [Fact]
    public async Task OperationsPage_OperatorCreatesInTheWizard_ViewerSeesItMoveToDoneEvenAfterTheOperatorLeaves()
    {
        var viewer = await fixture.SignInAsAsync("viewer@example.com", $"operations?project={Project}");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "Operations", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(viewer.GetByTestId("live-indicator")).ToHaveTextAsync("Live");

        // The operator starts the machine image in their own browser, with the create wizard.
        var name = "e2e-ops-" + Guid.NewGuid().ToString("N")[..6];
        var operatorPage = await fixture.SignInAsAsync("operator@example.com", $"machine-images/create?project={Project}");
        await CreateWizardWalk.ToReviewAsync(operatorPage, name);
        var operatorStatus = await CreateWizardWalk.SubmitAsync(operatorPage);
        await Assertions.Expect(operatorStatus).ToHaveTextAsync(new Regex("^(PENDING|RUNNING)$"));

        // The viewer's Operations page finds it (by its target) and follows it without a reload.
        var viewerRow = viewer.Locator("[data-testid=operation-row]", new()
        {
            Has = viewer.GetByTestId("operation-target").Filter(new() { HasTextString = "machine image " + name }),
        });
        await Assertions.Expect(viewerRow).ToHaveAttributeAsync("data-status", "RUNNING", new() { Timeout = 30_000 });
        var operation = await viewerRow.GetAttributeAsync("data-operation");
        Assert.False(string.IsNullOrEmpty(operation));

        // The progress visibly moves on the viewer's page, in step with the operator's wizard.
        var firstProgress = int.Parse(await viewerRow.GetAttributeAsync("data-progress") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await viewer.WaitForFunctionAsync(
            "([op, p]) => { const r = document.querySelector(`[data-testid=operation-row][data-operation='${op}']`); return r && Number(r.dataset.progress) > p; }",
            new object[] { operation!, firstProgress },
            new() { Timeout = 30_000 });
        await viewer.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("operations-running-viewer"), FullPage = true });
        await operatorPage.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("operations-running-operator-wizard"), FullPage = true });

        // The operator's browser goes away mid-way: nothing is lost.
        Assert.NotEqual("DONE", await viewerRow.GetAttributeAsync("data-status"));
        await operatorPage.Context.CloseAsync();

        await Assertions.Expect(viewerRow).ToHaveAttributeAsync("data-status", "DONE", new() { Timeout = 90_000 });
        await Assertions.Expect(viewerRow).ToHaveAttributeAsync("data-progress", "100");
        await Assertions.Expect(viewerRow.GetByTestId("operation-errors")).ToBeEmptyAsync();
        await Assertions.Expect(viewer.Locator(".mud-snackbar", new() { HasTextString = name })).ToContainTextAsync("finished");
        await viewer.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("operations-done-viewer"), FullPage = true });

        // Details: the raw JSON of the DONE operation, started by the operator.
        await viewerRow.GetByTestId("operation-name").ClickAsync();
        await Assertions.Expect(viewer.GetByTestId("operation-json")).ToContainTextAsync("\"status\": \"DONE\"");
        await Assertions.Expect(viewer.GetByTestId("operation-json")).ToContainTextAsync("operator@example.com");
        await viewer.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("operations-details"), FullPage = true });

        // The operator comes back in a new browser: the operation is there, DONE, and so is the machine image.
        var again = await fixture.SignInAsAsync("operator@example.com", $"operations?project={Project}&status=DONE&target={name}");
        var againRow = again.Locator($"[data-testid=operation-row][data-operation='{operation}']");
        await Assertions.Expect(againRow).ToHaveAttributeAsync("data-status", "DONE", new() { Timeout = 30_000 });
        await Assertions.Expect(again.Locator("[data-testid=operation-row]")).ToHaveCountAsync(1);
        await again.GotoAsync(fixture.Console.BaseUrl + $"machine-images?project={Project}");
        await Assertions.Expect(again.GetByTestId("machine-images-grid").GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await again.Context.CloseAsync();
        await viewer.Context.CloseAsync();
    }

    [Fact]
    public async Task OperationsPage_FilterMatchesNothing_SaysSoAndClears()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com", $"operations?project={Project}&user=nobody-at-all");

        await Assertions.Expect(page.GetByTestId("operations-empty")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Search, new() { Name = "Filter operations" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OperationsPage_ComputeFailsToListRunningOperations_SaysSoBesideTheRowsAndRecovers()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com", $"operations?project={Project}");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToHaveTextAsync("Live");
        var board = page.GetByTestId("operations-table").Or(page.GetByTestId("operations-empty"));
        await Assertions.Expect(board).ToBeVisibleAsync();

        // Compute answers 503 to every globalOperations.aggregatedList (the discovery's poll and the page's list refresh).
        using var localCloud = new HttpClient { BaseAddress = fixture.Console.LocalCloudUrl };
        using var faults = await localCloud.PutAsync("localcloud/test/faults", new StringContent(
            """{"rules":[{"method":"compute.globalOperations.aggregatedList","fault":"ErrorBeforeCommit","status":503}]}""",
            System.Text.Encoding.UTF8, "application/json"));
        Assert.True(faults.IsSuccessStatusCode, await faults.Content.ReadAsStringAsync());
        try
        {
            var problem = page.GetByTestId("discovery-problem");
            await Assertions.Expect(problem).ToContainTextAsync("Could not check Compute Engine for new operations", new() { Timeout = 60_000 });
            await Assertions.Expect(problem).ToContainTextAsync(new Regex(@"Trying again in \d+ s\."));
            await Assertions.Expect(board).ToBeVisibleAsync(); // what was listed stays
            await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("operations-discovery-problem"), FullPage = true });
        }
        finally
        {
            using var cleared = await localCloud.DeleteAsync("localcloud/test/faults");
        }

        // The poller's back-off ends with a good read, and the warning goes.
        await Assertions.Expect(page.GetByTestId("discovery-problem")).ToHaveCountAsync(0, new() { Timeout = 90_000 });
        await Assertions.Expect(board).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
