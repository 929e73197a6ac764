// Dashboards in a real browser: the console (child process, LocalCloud in-process) over a project holding 1,000
// machine images and 5,000 images, driven with Debian's Chromium through Playwright. Prints a Markdown table.
//   dotnet run -c Release --project bench/MachineImagesConsole.BrowserBench [-- --samples 5]
using System.Diagnostics;
using System.Globalization;
using MachineImagesConsole.Bench;
using MachineImagesConsole.BrowserBench;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

const string Project = "bench-large";
const int MachineImages = 1000, Images = 5000;
var samples = args.SkipWhile(a => a != "--samples").Skip(1).Select(int.Parse).FirstOrDefault(5);
var cacheWindow = TimeSpan.FromSeconds(10);
var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";
var dataDirectory = Path.Combine(Path.GetTempPath(), "mic-browser-bench", Guid.NewGuid().ToString("N"));
await using var console = new ConsoleChild();

// The bench project, the Viewer's access to it, and the console's redirect URIs: the same for the seed run and the console.
var settings = new Dictionary<string, string>
{
    [$"LocalCloud:Projects:{Project}:Number"] = "104857600099",
    [$"LocalCloud:Projects:{Project}:DisplayName"] = "Benchmark",
    [$"LocalCloud:Projects:{Project}:Bindings:roles/viewer:0"] = "user:viewer@example.com",
    ["LocalCloud:Simulation:Mode"] = "Instant",
    ["Console:Compute:ListCacheWindow"] = cacheWindow.ToString("c", CultureInfo.InvariantCulture),
};

// 1. Seed hook: LocalCloud alone on the console's future data folder, 1,000 + 5,000 documents straight into its store.
var seed = Stopwatch.StartNew();
var seedConfiguration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
{
    ["LocalCloud:Urls"] = "http://127.0.0.1:0",
    ["LocalCloud:DataDirectory"] = Path.Combine(dataDirectory, "localcloud"),
    ["LocalCloud:Clients:machine-images-console:RedirectUris:0"] = new Uri(console.BaseUrl, "signin-oidc").AbsoluteUri,
    ["LocalCloud:Clients:machine-images-console:PostLogoutRedirectUris:0"] = new Uri(console.BaseUrl, "signout-callback-oidc").AbsoluteUri,
    ["Logging:LogLevel:Default"] = "Warning",
}).Build();
await using (var localCloud = LocalCloudApp.Create([], seedConfiguration))
{
    await localCloud.StartAsync();
    await BenchSeeder.SeedAsync(localCloud.Services.GetRequiredService<IDbContextFactory<LocalCloudDbContext>>(), Project, MachineImages, Images);
    await localCloud.StopAsync();
}
Console.WriteLine($"Seeded {MachineImages:N0} machine images and {Images:N0} images into {Project} in {seed.ElapsedMilliseconds} ms.");

// 2. The console on that data (LocalCloud in-process), and Chromium.
await console.StartAsync(configuration, dataDirectory, settings, CancellationToken.None);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = console.BaseUrl.ToString(), ViewportSize = new() { Width = 1600, Height = 1000 } });
context.SetDefaultTimeout(60_000);
// Stamps performance.now() (ms since this document's navigation started) when the first grid row exists.
await context.AddInitScriptAsync("""
    (() => {
      const mark = () => {
        if (window.__firstRowsAt === undefined && document.querySelector('[data-testid$="-grid"] tbody tr')) window.__firstRowsAt = performance.now();
      };
      new MutationObserver(mark).observe(document, { childList: true, subtree: true });
    })();
    """);
var page = await context.NewPageAsync();
await page.GotoAsync(console.BaseUrl + $"?project={Project}");
await page.GetByRole(AriaRole.Button, new() { Name = "viewer@example.com" }).ClickAsync();
await page.WaitForURLAsync(url => url.StartsWith(console.BaseUrl.ToString(), StringComparison.Ordinal));

var rows = new List<string[]>();
await MeasureListAsync("Machine images", "machine-images", "machine-images-grid", MachineImages, FilterByLocationAsync);
await MeasureListAsync("Images (deprecated hidden → shown)", "images", "images-grid", Images, ToggleDeprecatedAsync);

Console.WriteLine();
Console.WriteLine("| list | items | first rows, cold cache (ms) | first rows, cached (median ms) | filter → DOM updated (median ms) | sort → DOM updated (median ms) | `tr` in the grid, first view | `tr` in the grid, all items in view |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var r in rows) Console.WriteLine("| " + string.Join(" | ", r) + " |");
Console.WriteLine();
Console.WriteLine($"{samples} samples per cached/filter/sort figure. Chromium {browser.Version} headless, .NET {Environment.Version}, {configuration}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
return 0;

async Task MeasureListAsync(string title, string path, string gridId, int items, Func<string, Task<double>> filter)
{
    var url = console.BaseUrl + $"{path}?project={Project}";
    var grid = page.Locator($"[data-testid={gridId}]");

    // Cold: the list cache window has passed, so the view costs ⌈N/500⌉ list calls before the first rows.
    await Task.Delay(cacheWindow + TimeSpan.FromSeconds(1));
    Progress($"{title}: cold first view");
    var cold = await FirstRowsAsync(url);
    var firstViewRows = await grid.Locator("tr").CountAsync();

    var warm = new List<double>();
    for (var i = 0; i < samples; i++) warm.Add(await FirstRowsAsync(url));

    // Wait until the circuit is interactive: a sort click lands (its URL changes).
    var nameHeader = grid.Locator("thead").GetByText("Name", new() { Exact = true });
    Progress($"{title}: cached first views, then waiting for the circuit");
    await UntilAsync(() => nameHeader.ClickAsync(new() { Timeout = 2_000 }), () => page.WaitForURLAsync(u => u.Contains("sort=name", StringComparison.Ordinal), new() { Timeout = 2_000 }));

    Progress($"{title}: sorts");
    var sorts = new List<double>();
    for (var i = 0; i < samples; i++)
        sorts.Add(await TimeActionAsync($"[data-testid={gridId}] tbody tr", () => nameHeader.ClickAsync()));

    Progress($"{title}: filters");
    var filters = new List<double>();
    for (var i = 0; i < samples; i++) filters.Add(await filter(gridId));

    Progress($"{title}: all items, 100 per page");
    // Every item in the view (images: deprecated shown), the page size at its largest option.
    if (path == "images" && !page.Url.Contains("deprecated=true", StringComparison.Ordinal)) await ToggleDeprecatedAsync(gridId);
    var pager = page.Locator(".mud-table-pagination-select");
    await pager.ClickAsync();
    await page.Locator(".mud-popover-open").GetByText("100", new() { Exact = true }).ClickAsync();
    await page.WaitForFunctionAsync($"document.querySelectorAll('[data-testid={gridId}] tbody tr').length > 50");
    var allRows = await grid.Locator("tr").CountAsync();
    await page.ScreenshotAsync(new() { Path = Screenshot($"browser-bench-{path}") });

    rows.Add([title, items.ToString("N0", CultureInfo.InvariantCulture), F(cold), F(Median(warm)), F(Median(filters)), F(Median(sorts)),
        firstViewRows.ToString(CultureInfo.InvariantCulture), allRows.ToString(CultureInfo.InvariantCulture) + " (100 per page)"]);
}

async Task<double> FirstRowsAsync(string url)
{
    await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
    await page.WaitForFunctionAsync("window.__firstRowsAt !== undefined", null, new() { PollingInterval = 50 });
    var at = await page.EvaluateAsync<double>("window.__firstRowsAt");
    // Let the circuit settle before the next navigation.
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    return at;
}

// Page-side time from the click event to the first DOM change of the watched element's text.
async Task<double> TimeActionAsync(string selector, Func<Task> action)
{
    await page.EvaluateAsync("""
        (selector) => {
          window.__took = new Promise(resolve => {
            let t0;
            document.addEventListener('click', () => { t0 = performance.now(); }, { capture: true, once: true });
            const read = () => document.querySelector(selector)?.textContent ?? '';
            const before = read();
            const observer = new MutationObserver(() => {
              if (t0 !== undefined && read() !== before) { observer.disconnect(); resolve(performance.now() - t0); }
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            setTimeout(() => { observer.disconnect(); resolve(-1); }, 15000);
          });
        }
        """, selector);
    var urlBefore = page.Url;
    await action();
    var took = await page.EvaluateAsync<double>("() => window.__took");
    if (took < 0)
    {
        await page.ScreenshotAsync(new() { Path = Screenshot("browser-bench-failed") });
        throw new TimeoutException($"'{selector}' did not change within 15 s of the click ({urlBefore} → {page.Url}).");
    }
    return took;
}

// Machine images: pick the next storage location (each changes the first row).
async Task<double> FilterByLocationAsync(string gridId)
{
    await page.GetByLabel("Storage location", new() { Exact = true }).First.ClickAsync(new() { Force = true });
    var options = page.Locator(".mud-popover-open .mud-list-item");
    await options.First.WaitForAsync();
    var current = await page.EvaluateAsync<string>("new URL(location.href).searchParams.get('location') ?? ''");
    var texts = await options.AllInnerTextsAsync();
    var next = texts.Select(t => t.Trim()).First(t => t.Length > 0 && t != current);
    return await TimeActionAsync($"[data-testid={gridId}] tbody tr", () => page.Locator(".mud-popover-open").GetByText(next, new() { Exact = true }).ClickAsync());
}

// Images: the "Show deprecated" switch (500 ↔ 5,000 rows in the view).
Task<double> ToggleDeprecatedAsync(string gridId) =>
    TimeActionAsync("[data-testid=grid-count]", () => page.GetByLabel("Show deprecated").ClickAsync());

static async Task UntilAsync(Func<Task> act, Func<Task> outcome)
{
    var deadline = DateTime.UtcNow.AddSeconds(60);
    while (true)
    {
        try
        {
            await act();
            await outcome();
            return;
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException && DateTime.UtcNow < deadline)
        {
            // not interactive yet
        }
    }
}

static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static string F(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture);

static string Screenshot(string name)
{
    var dir = Path.Combine(ConsoleChild.RepositoryRoot(), "artifacts", "screenshots");
    Directory.CreateDirectory(dir);
    return Path.Combine(dir, name + ".png");
}
