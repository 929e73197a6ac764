using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// A Viewer in acme-prod answers the dashboard questions in a real browser: list → filter (in the URL, kept on
/// reload) → detail → export; deprecated images and their replacements; what a family resolves to; the home counts
/// and limit gauges.
/// </summary>
public sealed partial class DashboardJourneyTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private const string Viewer = "viewer@example.com";

    [Fact]
    public async Task MachineImages_FilterDetailExport_ViewerSeesFilteredRowsSourcePropertiesAndExportsThem()
    {
        var page = await fixture.SignInAsAsync(Viewer, "machine-images?project=acme-prod");
        var grid = page.GetByTestId("machine-images-grid");
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "db-primary-weekly-1" })).ToBeVisibleAsync();
        await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(5);

        // Status: a native select, chosen with the keyboard; the change lands once the circuit is interactive.
        var status = page.GetByLabel("Status", new() { Exact = true });
        await UntilAsync(async () =>
        {
            await status.SelectOptionAsync(new SelectOptionValue { Value = "" }, new() { Timeout = 2_000 });
            await status.FocusAsync(new() { Timeout = 2_000 });
            await page.Keyboard.TypeAsync("READY");
        }, () => Assertions.Expect(page).ToHaveURLAsync(StatusReady(), new() { Timeout = 2_000 }));

        // Label and search: text fields (debounced), each lands in the URL.
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Label (key=value)" }).FillAsync("schedule=weekly");
        await Assertions.Expect(page).ToHaveURLAsync(LabelWeekly());
        await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search", Exact = true }).FillAsync("db-primary");
        await Assertions.Expect(page).ToHaveURLAsync(SearchDbPrimary());
        await Assertions.Expect(page.GetByTestId("grid-count")).ToContainTextAsync("3 of 5 machine images");
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "web-1-nightly" })).ToHaveCountAsync(0);

        // A reload (or a shared link) shows the same view.
        var filteredUrl = page.Url;
        await page.ReloadAsync();
        Assert.Equal(filteredUrl, page.Url);
        await Assertions.Expect(page.GetByTestId("grid-count")).ToContainTextAsync("3 of 5 machine images");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Label (key=value)" })).ToHaveValueAsync("schedule=weekly");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Search", Exact = true })).ToHaveValueAsync("db-primary");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("machine-images-filtered"), FullPage = true });

        // Export: the current view only (3 rows), as CSV and as JSON.
        var csv = await DownloadAsync(page, "Export CSV");
        Assert.Equal("machine-images-acme-prod.csv", csv.Name);
        var lines = csv.Text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("name,", lines[0], StringComparison.Ordinal);
        Assert.All(lines[1..], l => Assert.StartsWith("db-primary-weekly-", l, StringComparison.Ordinal));
        Assert.DoesNotContain("web-1-nightly", csv.Text, StringComparison.Ordinal);

        var json = await DownloadAsync(page, "Export JSON");
        Assert.Equal("machine-images-acme-prod.json", json.Name);
        using (var document = JsonDocument.Parse(json.Text))
        {
            var names = document.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["db-primary-weekly-1", "db-primary-weekly-2", "db-primary-weekly-3"], names);
        }

        // Detail: the source instance's machine type and disks, and the gcloud command to create it again.
        await grid.GetByRole(AriaRole.Link, new() { Name = "db-primary-weekly-2" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DetailWeekly2());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "db-primary-weekly-2" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Source instance properties" }).ClickAsync();
        var machine = page.GetByTestId("machine");
        await Assertions.Expect(machine).ToBeVisibleAsync();
        await Assertions.Expect(machine).ToContainTextAsync("n2-highmem-4");
        var disks = page.GetByTestId("disks");
        await Assertions.Expect(disks.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(disks).ToContainTextAsync("100");
        await Assertions.Expect(disks).ToContainTextAsync("400");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("machine-image-detail-source"), FullPage = true });

        await page.GetByRole(AriaRole.Tab, new() { Name = "Equivalent commands" }).ClickAsync();
        var gcloud = page.GetByTestId("gcloud-command");
        await Assertions.Expect(gcloud).ToBeVisibleAsync();
        await Assertions.Expect(gcloud).ToContainTextAsync("gcloud compute machine-images create db-primary-weekly-2");
        await Assertions.Expect(gcloud).ToContainTextAsync("--source-instance=db-primary");
        await Assertions.Expect(gcloud).ToContainTextAsync("--project=acme-prod");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("machine-image-detail-commands"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Images_DeprecatedToggle_HiddenByDefaultShownOnToggleAndBadgeLinksTheReplacement()
    {
        var page = await fixture.SignInAsAsync(Viewer, "images?project=acme-prod");
        var grid = page.GetByTestId("images-grid");
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "acme-web-v070" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("grid-count")).ToContainTextAsync("deprecated hidden");
        await Assertions.Expect(grid.Locator("[data-testid=deprecation-badge]:not([data-state=ACTIVE])")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("images-default"), FullPage = true });

        await UntilAsync(
            () => page.GetByLabel("Show deprecated").ClickAsync(new() { Timeout = 2_000 }),
            () => Assertions.Expect(page).ToHaveURLAsync(DeprecatedShown(), new() { Timeout = 2_000 }));
        await Assertions.Expect(grid.Locator("[data-testid=deprecation-badge][data-state=DEPRECATED]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("grid-count")).Not.ToContainTextAsync("deprecated hidden");

        // Narrow to one deprecated version; its badge names and links the family's newest image.
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search", Exact = true }).FillAsync("acme-web-v040");
        await Assertions.Expect(page).ToHaveURLAsync(SearchWeb40());
        await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(1);
        var badge = grid.GetByTestId("deprecation-badge");
        await Assertions.Expect(badge).ToHaveAttributeAsync("data-state", "DEPRECATED");
        await Assertions.Expect(badge).ToContainTextAsync("Replaced by acme-web-v070");

        var json = await DownloadAsync(page, "Export JSON");
        using (var document = JsonDocument.Parse(json.Text))
        {
            var only = Assert.Single(document.RootElement.EnumerateArray());
            Assert.Equal("acme-web-v040", only.GetProperty("name").GetString());
        }
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("images-deprecated-shown"), FullPage = true });

        await badge.GetByRole(AriaRole.Link, new() { Name = "acme-web-v070" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DetailWeb70());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "acme-web-v070" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("image-detail-replacement"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ImageFamilies_Opened_ShowsWhatEachFamilyResolvesToNow()
    {
        var page = await fixture.SignInAsAsync(Viewer, "image-families?project=acme-prod");
        var web = page.Locator("[data-testid=family][data-family=acme-web]");
        await Assertions.Expect(web.GetByTestId("resolves-to")).ToHaveAttributeAsync("data-source", "getFromFamily");
        await Assertions.Expect(web.GetByTestId("resolves-to")).ToContainTextAsync("resolves to acme-web-v070");
        var golden = page.Locator("[data-testid=family][data-family=acme-golden]");
        await Assertions.Expect(golden.GetByTestId("resolves-to")).ToContainTextAsync("resolves to acme-golden-helpdesk");
        await Assertions.Expect(page.GetByTestId("family-warning")).ToHaveCountAsync(0);

        // The timeline: every version newest first, the current one marked.
        await UntilAsync(
            () => web.GetByRole(AriaRole.Heading, new() { Name = "acme-web" }).ClickAsync(new() { Timeout = 2_000 }),
            () => Assertions.Expect(web.Locator("tbody tr").First).ToBeVisibleAsync(new() { Timeout = 2_000 }));
        await Assertions.Expect(web.Locator("tbody tr")).ToHaveCountAsync(70);
        await Assertions.Expect(web.Locator("tbody tr").First).ToContainTextAsync("acme-web-v070 (current)");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("image-families"), FullPage = false });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_Opened_ShowsCountsAndTheFourLimitGauges()
    {
        var page = await fixture.SignInAsAsync(Viewer, "?project=acme-prod");
        var machineImages = page.Locator("[data-testid=count][data-title='Machine images']");
        await Assertions.Expect(machineImages).ToContainTextAsync("5");
        await Assertions.Expect(page.Locator("[data-testid=count][data-title=Images]")).ToContainTextAsync("301");
        await Assertions.Expect(page.GetByTestId("gauge")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Machine images: 5 of 1,000" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("dashboard-home"), FullPage = true });
        await page.Context.CloseAsync();
    }

    /// <summary>Clicks/fills a control and checks the outcome, again until it holds: the first paint is prerendered and events land only once the circuit is interactive.</summary>
    private static async Task UntilAsync(Func<Task> act, Func<Task> outcome)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await act();
                await outcome();
                return;
            }
            catch (Exception e) when ((e is TimeoutException or PlaywrightException || e.GetType().Name.Contains("Assert", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
            {
                // not interactive yet: again
            }
        }
    }

    private static async Task<(string Name, string Text)> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllTextAsync(path));
    }

    [GeneratedRegex("[?&]status=READY(&|$)")] private static partial Regex StatusReady();
    [GeneratedRegex("[?&]label=schedule(%3D|=)weekly(&|$)")] private static partial Regex LabelWeekly();
    [GeneratedRegex("[?&]q=db-primary(&|$)")] private static partial Regex SearchDbPrimary();
    [GeneratedRegex("/machine-images/db-primary-weekly-2\\?project=acme-prod$")] private static partial Regex DetailWeekly2();
    [GeneratedRegex("[?&]deprecated=true(&|$)")] private static partial Regex DeprecatedShown();
    [GeneratedRegex("[?&]q=acme-web-v040(&|$)")] private static partial Regex SearchWeb40();
    [GeneratedRegex("/images/acme-web-v070\\?project=acme-prod$")] private static partial Regex DetailWeb70();
}
