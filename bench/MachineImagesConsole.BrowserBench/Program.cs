// The performance bench (issue #12): one command that seeds its own LocalCloud world, starts the real console on it
// (Release, child process, LocalCloud in-process, diagnostics on), drives it with Debian's Chromium through Playwright,
// alternates every console measurement with the raw REST baseline (a warm Node process fetching and parsing the same
// pages from LocalCloud, timed inside Node; .NET HttpClient doing the same is kept as a note) and prints `metric | goal | min | median | max | verdict`.
//   dotnet run -c Release --project bench/MachineImagesConsole.BrowserBench [-- --runs 5] [-- --short]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.BrowserBench;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

const string Large = "bench-large", Growth100 = "bench-g100", Growth1000 = "bench-g1000";
const string Secret = "bench-automation-secret";
const int MachineImages = 1000, Images = 5000;
var isShort = args.Contains("--short");
// --timeline: the console logs its requests and its Compute calls with millisecond times (artifacts/bench-console.log).
var timeline = args.Contains("--timeline");
// --trace: a Chromium performance trace of each list navigation (artifacts/trace-*.json, for Perfetto or chrome://tracing)
// and the page's HTML as served (artifacts/page-*.html). Profiling only: tracing slows the browser.
var trace = args.Contains("--trace");
// --only lists,keys,progress,heap,restore: measure only those rows (profiling, before/after comparisons).
// --gcdump PATH-TO-dotnet-gcdump: a heap dump of the console before and after the extra circuits (artifacts/heap-*.gcdump).
var gcdump = args.SkipWhile(a => a != "--gcdump").Skip(1).FirstOrDefault();
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
bool Wants(string section) => only is null || only.Contains(section, StringComparer.Ordinal);
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(isShort ? 1 : 5);
var circuitsPerHeapRun = isShort ? 2 : 5;
// Long enough for every circuit of a measurement to share one load; cold views come from forgetting the project's lists.
var cacheWindow = TimeSpan.FromMinutes(2);
var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";
var dataDirectory = Path.Combine(Path.GetTempPath(), "mic-bench", Guid.NewGuid().ToString("N"));
var started = DateTimeOffset.UtcNow;
var loadBefore = LoadAverage();
await using var console = new ConsoleChild();

// The bench projects (the Viewer reads them, the automation identity is the raw baseline and starts operations).
var settings = new Dictionary<string, string>
{
    ["LocalCloud:Simulation:Mode"] = "Timed",
    ["LocalCloud:Automation:ClientSecret"] = Secret,
};
var n = 0;
foreach (var project in new[] { Large, Growth100, Growth1000 })
{
    settings[$"LocalCloud:Projects:{project}:Number"] = (104857600099 + n++).ToString(CultureInfo.InvariantCulture);
    settings[$"LocalCloud:Projects:{project}:DisplayName"] = "Benchmark " + project;
    settings[$"LocalCloud:Projects:{project}:Bindings:roles/viewer:0"] = "user:viewer@example.com";
    settings[$"LocalCloud:Projects:{project}:Bindings:roles/editor:0"] = "serviceAccount:console-automation@localcloud.iam.gserviceaccount.com";
}

// 1. LocalCloud in this process (its own, so the console's heap is the console's and the automation secret is known),
// seeded through a hook: documents straight into its store.
var seed = Stopwatch.StartNew();
var localCloudUrl = new Uri($"http://localhost:{console.LocalCloudPort}/");
var seedConfiguration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
{
    ["LocalCloud:Urls"] = localCloudUrl.GetLeftPart(UriPartial.Authority),
    ["LocalCloud:DataDirectory"] = Path.Combine(dataDirectory, "localcloud"),
    ["LocalCloud:Clients:machine-images-console:RedirectUris:0"] = new Uri(console.BaseUrl, "signin-oidc").AbsoluteUri,
    ["LocalCloud:Clients:machine-images-console:PostLogoutRedirectUris:0"] = new Uri(console.BaseUrl, "signout-callback-oidc").AbsoluteUri,
    ["Logging:LogLevel:Default"] = "Warning",
}).Build();
await using var localCloud = LocalCloudApp.Create([], seedConfiguration);
await localCloud.StartAsync();
var store = localCloud.Services.GetRequiredService<IDbContextFactory<LocalCloudDbContext>>();
await BenchSeeder.SeedAsync(store, Large, MachineImages, Images);
await BenchSeeder.SeedAsync(store, Growth100, 0, 100);
await BenchSeeder.SeedAsync(store, Growth1000, 0, 1000);
Progress($"seeded {MachineImages:N0} machine images + {Images:N0} images ({Large}), 100 ({Growth100}) and 1,000 ({Growth1000}) images in {seed.ElapsedMilliseconds} ms");

// 2. The console (its own process) on that LocalCloud, and Chromium.
var consoleSettings = new Dictionary<string, string>
{
    ["Console:LocalCloud:InProcess"] = "false",
    ["Console:LocalCloud:Url"] = localCloudUrl.ToString(),
    ["Console:LocalCloud:AutomationClientSecret"] = Secret,
    ["Console:Compute:ListCacheWindow"] = cacheWindow.ToString("c", CultureInfo.InvariantCulture),
    ["Console:Diagnostics:Enabled"] = "true",
};
if (timeline)
{
    consoleSettings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
    consoleSettings["Logging:LogLevel:System.Net.Http.HttpClient"] = "Information";
    consoleSettings["Logging:Console:TimestampFormat"] = "HH:mm:ss.fff ";
    consoleSettings["Logging:Console:FormatterName"] = "simple";
    consoleSettings["Logging:Console:FormatterOptions:SingleLine"] = "true";
    consoleSettings["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ";
}
await console.StartAsync(configuration, dataDirectory, consoleSettings, CancellationToken.None);
Progress($"console started (pid {console.ProcessId})");
using var raw = new RawRest(localCloudUrl, Secret);
await using var node = await NodeRest.StartAsync(localCloudUrl);
using var diagnostics = new HttpClient { BaseAddress = console.BaseUrl };
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = console.BaseUrl.ToString(), ViewportSize = new() { Width = 1600, Height = 1000 },
    // The console's CSP forbids eval, which Playwright's WaitForFunction and Evaluate of a string need; the bench's probes are not the app.
    BypassCSP = true });
context.SetDefaultTimeout(90_000);
// performance.now() (ms since this document's navigation started) when the grid's first row exists and when its count
// says the list is complete; Date.now() of every change of an operation row's progress.
await context.AddInitScriptAsync("""
    (() => {
      window.__progress = [];
      const last = {};
      const mark = () => {
        if (window.__firstMutationAt === undefined) window.__firstMutationAt = performance.now();
        if (window.__interactiveAt === undefined && document.querySelector('[data-circuit=interactive]')) window.__interactiveAt = performance.now();
        if (window.__noProjectAt === undefined && document.querySelector('[data-testid=no-project]')) window.__noProjectAt = performance.now();
        if (window.__firstRowsAt === undefined && document.querySelector('[data-testid$="-grid"] tbody tr')) window.__firstRowsAt = performance.now();
        const count = document.querySelector('[data-testid=grid-count]')?.textContent ?? '';
        if (window.__completeAt === undefined && /\d of \d/.test(count) && !count.includes('loading')) { window.__completeAt = performance.now(); window.__completeCount = count.trim(); }
        for (const row of document.querySelectorAll('tr[data-operation][data-progress]')) {
          const op = row.getAttribute('data-operation'), p = Number(row.getAttribute('data-progress'));
          if (last[op] !== p) { last[op] = p; window.__progress.push({ op, p, t: Date.now() }); }
        }
      };
      new MutationObserver(mark).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-progress', 'data-circuit'] });
    })();
    """);
var page = await context.NewPageAsync();
await page.GotoAsync(console.BaseUrl + $"?project={Large}");
await page.GetByRole(AriaRole.Button, new() { Name = "viewer@example.com" }).ClickAsync();
await page.WaitForURLAsync(url => url.StartsWith(console.BaseUrl.ToString(), StringComparison.Ordinal));

var heapTotals = new List<double>(); // GC.GetTotalMemory's figure per circuit, a note beside the live bytes
IBrowserContext? operatorContext = null;
IPage? operatorPage = null;
var table = new BenchTable();
var notes = new List<string>();

if (Wants("lists"))
{
    // 3. Whole list, cold cache, console vs raw REST (alternated run by run), and the growth rows.
    var lists = new (string Title, string Path, string Project, string Collection, int Items)[]
    {
        ("1,000 machine images", "machine-images", Large, "machineImages", MachineImages),
        ("5,000 images", "images", Large, "images", Images),
        ("100 images", "images", Growth100, "images", 100),
        ("1,000 images", "images", Growth1000, "images", 1000),
    };
    var complete = lists.ToDictionary(l => l.Title, _ => new List<double>());
    var rawTimes = lists.ToDictionary(l => l.Title, _ => new List<double>());
    var dotnetTimes = lists.ToDictionary(l => l.Title, _ => new List<double>());
    var phases = lists.ToDictionary(l => l.Title, _ => new List<PageTimes>());
    // The two whole-list rows also open the list from the console's own menu (no new document), and measure the
    // navigation floor: the same kind of navigation to the same page without a project (layout, menu, scripts; no list).
    var inApp = lists.Take(2).ToDictionary(l => l.Title, _ => new List<double>());
    var floor = new List<double>();
    // Warm-up: JIT (here, in Node and in the console), connections, token.
    var token = await raw.TokenAsync();
    for (var i = 0; i < 3; i++)
    {
        await raw.ListAsync(Growth1000, "images");
        await node.ListAsync(token, Growth1000, "images");
    }
    await CompleteListAsync($"images?project={Growth100}&deprecated=true");
    await CompleteListAsync($"machine-images?project={Large}");
    for (var run = 0; run < runs; run++)
    {
        foreach (var list in lists)
        {
            // The baseline the issue names (Node fetch + JSON.parse, timed in Node), then .NET's (a note), then the console.
            var (items, rawMs) = await node.ListAsync(token, list.Project, list.Collection);
            if (items != list.Items) throw new InvalidOperationException($"{list.Title}: Node read {items} items.");
            rawTimes[list.Title].Add(rawMs);
            var (dotnetItems, dotnetMs) = await raw.ListAsync(list.Project, list.Collection);
            if (dotnetItems != list.Items) throw new InvalidOperationException($"{list.Title}: .NET read {dotnetItems} items.");
            dotnetTimes[list.Title].Add(dotnetMs);
            await ForgetListsAsync(list.Project); // a cold view: the console reads the list from Compute again
            var times = await PageTimesAsync($"{list.Path}?project={list.Project}&deprecated=true", list.Items);
            complete[list.Title].Add(times.Complete);
            phases[list.Title].Add(times);
            var extra = "";
            if (inApp.TryGetValue(list.Title, out var inAppTimes))
            {
                if (list.Path == "machine-images")
                {
                    floor.Add(await FloorAsync());
                    extra += $"; navigation floor {floor[^1]:F0} ms";
                }
                inAppTimes.Add(await InAppListAsync(list.Path == "images" ? "Images" : "Machine images", list.Project, list.Items));
                extra += $"; from the menu {inAppTimes[^1]:F0} ms";
            }
            Progress($"run {run + 1}: {list.Title}: Node {rawMs:F0} ms, .NET {dotnetMs:F0} ms, console complete list {times.Complete:F0} ms ({times}){extra}");
        }
    }
    foreach (var list in lists.Take(2))
    {
        var ratios = complete[list.Title].Zip(rawTimes[list.Title], (c, r) => c / r).ToList();
        table.Add($"whole list vs raw REST fetch + parse, {list.Title} (cold cache)", "≤ 1.5×", ratios, "x", m => m <= 1.5,
            $"console median {BenchTable.Median(complete[list.Title]):F0} ms, Node {BenchTable.Median(rawTimes[list.Title]):F0} ms; .NET HttpClient {BenchTable.Median(dotnetTimes[list.Title]):F0} ms");
    }
    foreach (var list in lists.Take(2))
    {
        var ratios = inApp[list.Title].Zip(rawTimes[list.Title], (c, r) => c / r).ToList();
        table.Add($"whole list vs raw REST fetch + parse, {list.Title}, opened from the console's menu (cold cache)", "≤ 1.5×", ratios, "x", m => m <= 1.5,
            $"console median {BenchTable.Median(inApp[list.Title]):F0} ms from the click, Node {BenchTable.Median(rawTimes[list.Title]):F0} ms");
    }
    table.Add("navigation floor: the machine-images page without a project (layout, menu, scripts; no list)", "reference", floor, "ms", _ => true,
        $"{BenchTable.Median(floor) / BenchTable.Median(rawTimes["1,000 machine images"]):F2} × Node's fetch of the 1,000 machine images; the console's list over this floor: "
        + (BenchTable.Median(complete["1,000 machine images"]) - BenchTable.Median(floor)).ToString("F0", CultureInfo.InvariantCulture) + " ms");
    foreach (var list in lists)
    {
        var p = phases[list.Title];
        notes.Add($"where the console's time goes, {list.Title} (medians, ms from navigation start): first byte {BenchTable.Median(p.Select(x => x.FirstByte).ToList()):F0}, "
            + $"last byte {BenchTable.Median(p.Select(x => x.LastByte).ToList()):F0}, first rows {BenchTable.Median(p.Select(x => x.FirstRows).ToList()):F0}, "
            + $"complete {BenchTable.Median(p.Select(x => x.Complete).ToList()):F0}, interactive {BenchTable.Median(p.Select(x => x.Interactive).ToList()):F0}");
    }

    // 6. Time to the complete list as it grows (images, cold cache).
    var t100 = BenchTable.Median(complete["100 images"]);
    var t1000 = BenchTable.Median(complete["1,000 images"]);
    var t5000 = BenchTable.Median(complete["5,000 images"]);
    table.Add("time to the complete list, 100 images", "reference", complete["100 images"], "ms", _ => true, $"Node {BenchTable.Median(rawTimes["100 images"]):F0} ms");
    table.Add("time to the complete list, 1,000 images", "≤ 10 × t(100)", complete["1,000 images"], "ms", m => m <= 10 * t100,
        $"{t1000 / t100:F2} × t(100); Node {BenchTable.Median(rawTimes["1,000 images"]):F0} ms, " + (BenchTable.Median(rawTimes["1,000 images"]) / BenchTable.Median(rawTimes["100 images"])).ToString("F2", CultureInfo.InvariantCulture) + " × its own 100");
    table.Add("time to the complete list, 5,000 images", "≤ 5 × t(1,000)", complete["5,000 images"], "ms", m => m <= 5 * t1000,
        $"{t5000 / t1000:F2} × t(1,000); Node {BenchTable.Median(rawTimes["5,000 images"]):F0} ms, " + (BenchTable.Median(rawTimes["5,000 images"]) / BenchTable.Median(rawTimes["1,000 images"])).ToString("F2", CultureInfo.InvariantCulture) + " × its own 1,000");
}

if (Wants("keys"))
{
    // 4. Filter and sort, keypress to DOM, with every row of the list in the view.
    await MeasureKeysAsync("images", $"images?project={Large}&deprecated=true", "images-grid", "5,000 images");
    await MeasureKeysAsync("machine images", $"machine-images?project={Large}", "machine-images-grid", "1,000 machine images");
}

if (Wants("progress"))
{
    // 5. Progress: a Compute operation's progress changes (operations.get, polled every 25 ms) against the operations
    // page's DOM, for an operation the console started (a restore through the wizard, followed by the tracker from the
    // start) and for one started outside it (an image import through REST, which the shared discovery of running
    // operations finds within its interval, 500 ms, and hands to the tracker).
    var consoleP95s = new List<double>();
    var restP95s = new List<double>();
    var consoleNotes = new List<string>();
    var restNotes = new List<string>();
    for (var run = 0; run < runs; run++)
    {
        var (p95, computeChanges, domChanges) = await MeasureProgressAsync("acme-prod", () => StartRestoreInConsoleAsync(run));
        consoleP95s.Add(p95);
        consoleNotes.Add($"{domChanges}/{computeChanges}");
        Progress($"progress run {run + 1}, console-started restore: p95 {p95:F0} ms, {domChanges} DOM updates for {computeChanges} Compute changes");
        (p95, computeChanges, domChanges) = await MeasureProgressAsync(Large, async () =>
        {
            // 5 s per 100 GB in Timed mode: 300 GB ≈ 15 s of progress (short mode: 100 GB ≈ 5 s).
            var operation = await raw.StartImageImportAsync(Large, $"bench-progress-{run}-{Guid.NewGuid().ToString("N")[..6]}", isShort ? 100 : 300);
            return (operation, () => raw.OperationAsync(Large, operation));
        });
        restP95s.Add(p95);
        restNotes.Add($"{domChanges}/{computeChanges}");
        Progress($"progress run {run + 1}, REST-started import: p95 {p95:F0} ms, {domChanges} DOM updates for {computeChanges} Compute changes");
    }
    table.Add("progress, Compute change → DOM (operations page), operation started in the console, p95 of each run", "p95 ≤ 700 ms", consoleP95s, "ms", m => m <= 700,
        "DOM updates / Compute changes per run: " + string.Join(", ", consoleNotes));
    table.Add("progress, Compute change → DOM (operations page), operation started outside the console (REST), p95 of each run", "p95 ≤ 700 ms", restP95s, "ms", m => m <= 700,
        "found by the shared discovery poll (every 500 ms), then followed by the tracker; DOM updates / Compute changes per run: " + string.Join(", ", restNotes));
}

if (Wants("heap"))
{
    // 7. Heap per circuit on the 1,000 machine-image list (forced GC through the diagnostics endpoint).
    var perCircuit = new List<double>();
    for (var run = 0; run < runs; run++) perCircuit.Add(await HeapPerCircuitAsync());
    table.Add("managed heap per circuit, 1,000 machine-image list (forced GC)", "≤ 1 MB", perCircuit, "MB", m => m <= 1.0,
        $"{circuitsPerHeapRun} extra circuits per run at rest, beside one already showing the list; live bytes after a full compacting GC; GC.GetTotalMemory's median {BenchTable.Median(heapTotals):F2} MB");
}

if (Wants("restore"))
{
    // 8. Restore overhead: the console's restore wizard (an Operator, Submit → "… is RUNNING") against the same restore
    // straight through REST (instances.insert from the machine image, instances.get until RUNNING), alternated, with
    // LocalCloud's operations in Instant mode for this row (the bench hosts LocalCloud, so it switches the mode it reads).
    var overheads = new List<double>();
    var consoleRestores = new List<double>();
    var rawRestores = new List<double>();
    var simulation = Simulation();
    var mode = simulation.Mode;
    var wizard = await OperatorPageAsync();
    simulation.Mode = MachineImagesConsole.LocalCloud.Hosting.SimulationMode.Instant;
    try
    {
        for (var run = 0; run < runs; run++)
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var rawMs = await raw.RestoreAsync("acme-prod", "us-central1-a", $"bench-raw-{run}-{suffix}", "projects/acme-prod/global/machineImages/web-1-nightly");
            var consoleMs = await RestoreThroughWizardAsync(wizard, $"bench-restore-{run}-{suffix}");
            rawRestores.Add(rawMs);
            consoleRestores.Add(consoleMs);
            overheads.Add((consoleMs - rawMs) / 1000);
            Progress($"restore run {run + 1}: REST {rawMs:F0} ms, console wizard {consoleMs:F0} ms");
        }
    }
    finally
    {
        simulation.Mode = mode;
    }
    table.Add("restore overhead over LocalCloud's instant mode (wizard Submit → VM RUNNING, minus the same restore through REST)", "≤ 1 s", overheads, "s", m => m <= 1.0,
        $"console median {BenchTable.Median(consoleRestores):F0} ms, REST {BenchTable.Median(rawRestores):F0} ms");
}

Console.WriteLine();
Console.WriteLine($"Performance bench, {started:yyyy-MM-dd HH:mm} UTC, {configuration}, {runs} run(s) per row{(isShort ? " (--short)" : "")}.");
Console.WriteLine();
table.Print(Console.Out);
Console.WriteLine();
Console.WriteLine($"Chromium {browser.Version} headless, .NET {Environment.Version}, Node {node.Version}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; " +
    $"load average (1 min) {loadBefore} before, {LoadAverage()} after.");
foreach (var note in notes) Console.WriteLine("- " + note);
if (operatorContext is not null) await operatorContext.DisposeAsync();
if (timeline) await File.WriteAllTextAsync(Artifact("bench-console.log"), console.Output);
await localCloud.StopAsync();
return 0;

// Navigates (cold or not, as the cache says) and returns ms from navigation start until the count says the list is complete.
async Task<double> CompleteListAsync(string path)
{
    await page.GotoAsync(console.BaseUrl + path, new() { WaitUntil = WaitUntilState.Commit });
    await page.WaitForFunctionAsync("window.__completeAt !== undefined", null, new() { PollingInterval = 20, Timeout = 120_000 });
    var at = await page.EvaluateAsync<double>("window.__completeAt");
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    return at;
}

// The same navigation, with where its time went: the response's first and last byte (the prerender streams the rows),
// the first rows and the complete count in the DOM, and the circuit becoming interactive. Checks the DOM shows the list.
// Starts a Chromium trace of the page (DevTools timeline categories); the function returned stops it and gives its JSON.
async Task<Func<Task<string>>> TraceAsync()
{
    var cdp = await context.NewCDPSessionAsync(page);
    var events = new JsonArray();
    var done = new TaskCompletionSource();
    cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
    {
        lock (events) foreach (var v in e!.Value.GetProperty("value").EnumerateArray()) events.Add(JsonNode.Parse(v.GetRawText()));
    };
    cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => done.TrySetResult();
    await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
    {
        ["categories"] = "devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing,loading,navigation,v8.execute",
        ["transferMode"] = "ReportEvents",
    });
    return async () =>
    {
        await cdp.SendAsync("Tracing.end");
        await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await cdp.DetachAsync();
        lock (events) return new JsonObject { ["traceEvents"] = events }.ToJsonString();
    };
}

async Task<PageTimes> PageTimesAsync(string path, int items)
{
    var traced = trace ? await TraceAsync() : null;
    var completeAt = await CompleteListAsync(path);
    if (traced is not null)
    {
        var project = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(console.BaseUrl, path).Query)["project"];
        var name = $"{path.Split('?')[0]}-{project}-{DateTime.UtcNow:HHmmss}";
        await File.WriteAllTextAsync(Artifact($"trace-{name}.json"), await traced());
        var html = await context.APIRequest.GetAsync(console.BaseUrl + path);
        await File.WriteAllBytesAsync(Artifact($"page-{name}.html"), await html.BodyAsync());
    }
    await RequireCompleteCountAsync(path, items);
    await page.WaitForFunctionAsync("window.__interactiveAt !== undefined", null, new() { PollingInterval = 20 });
    var t = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
        (() => { const n = performance.getEntriesByType('navigation')[0];
                 return { origin: performance.timeOrigin, firstByte: n.responseStart, lastByte: n.responseEnd, firstRows: window.__firstRowsAt ?? -1, interactive: window.__interactiveAt }; })()
        """);
    if (timeline)
    {
        var more = await page.EvaluateAsync<string>("""
            (() => { const n = performance.getEntriesByType('navigation')[0];
                     return JSON.stringify({ unloadEnd: n.unloadEventEnd, requestStart: n.requestStart, domInteractive: n.domInteractive, dcl: n.domContentLoadedEventStart,
                       firstMutation: window.__firstMutationAt, paint: performance.getEntriesByType('paint').map(p => p.name + ' ' + p.startTime.toFixed(0)).join(', '),
                       resources: performance.getEntriesByType('resource').map(r => r.name.split('/').pop() + ' ' + r.startTime.toFixed(0) + '-' + r.responseEnd.toFixed(0) + ' ' + r.transferSize).join('; ') }); })()
            """);
        Progress($"{path}: navigation started at {DateTimeOffset.FromUnixTimeMilliseconds((long)t.GetProperty("origin").GetDouble()).ToLocalTime():HH:mm:ss.fff}; {more}");
    }
    return new PageTimes(t.GetProperty("firstByte").GetDouble(), t.GetProperty("lastByte").GetDouble(), t.GetProperty("firstRows").GetDouble(),
        completeAt, t.GetProperty("interactive").GetDouble());
}

async Task MeasureKeysAsync(string title, string path, string gridId, string what)
{
    await CompleteListAsync(path);
    var sortButton = page.Locator($"[data-testid={gridId}] thead button[aria-label='Sort by Name']");
    // Interactive once a key press on the header sorts (the URL follows).
    await UntilAsync(async () => { await sortButton.FocusAsync(); await page.Keyboard.PressAsync("Enter"); },
        () => page.WaitForURLAsync(u => u.Contains("sort=name", StringComparison.Ordinal), new() { Timeout = 2_000 }));
    var sorts = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        await sortButton.FocusAsync();
        sorts.Add(await TimeKeyAsync($"[data-testid={gridId}] tbody", "Enter"));
    }
    var location = page.Locator("[data-testid=filter-location]");
    var filters = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        await location.FocusAsync();
        filters.Add(await TimeKeyAsync($"[data-testid={gridId}] tbody", i % 2 == 0 ? "ArrowDown" : "ArrowUp"));
    }
    table.Add($"filter (storage location select), keypress → DOM, {what} in the view", "≤ 100 ms", filters, "ms", m => m <= 100);
    table.Add($"sort (Name header, Enter), keypress → DOM, {what} in the view", "≤ 100 ms", sorts, "ms", m => m <= 100);
    await page.ScreenshotAsync(new() { Path = Screenshot($"bench-{gridId}") });
    Progress($"{title}: filter {string.Join(", ", filters.Select(f => f.ToString("F0", CultureInfo.InvariantCulture)))} ms; sort {string.Join(", ", sorts.Select(f => f.ToString("F0", CultureInfo.InvariantCulture)))} ms");
}

// Page-side time from the key's keydown to the watched element's text changing (MutationObserver).
async Task<double> TimeKeyAsync(string selector, string key)
{
    await page.EvaluateAsync("""
        (selector) => {
          window.__took = new Promise(resolve => {
            let t0;
            document.addEventListener('keydown', () => { t0 = performance.now(); }, { capture: true, once: true });
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
    await page.Keyboard.PressAsync(key);
    var took = await page.EvaluateAsync<double>("() => window.__took");
    if (took < 0)
    {
        await page.ScreenshotAsync(new() { Path = Screenshot("bench-failed") });
        throw new TimeoutException($"'{selector}' did not change within 15 s of {key} ({page.Url}).");
    }
    // Let the URL update (and its navigation) settle before the next key.
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    return took;
}

// The viewer's operations page on <paramref name="project"/>; <paramref name="start"/> starts an operation and returns its
// name and how to read it from Compute.
async Task<(double P95, int ComputeChanges, int DomChanges)> MeasureProgressAsync(string project, Func<Task<(string Operation, Func<Task<(int Progress, bool Done)>> Read)>> start)
{
    await page.GotoAsync(console.BaseUrl + $"operations?project={project}");
    await page.Locator("[data-testid=live-indicator]").WaitForAsync();
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    var (operation, read) = await start();
    var compute = new List<(int P, long T)>();
    var deadline = DateTime.UtcNow.AddMinutes(3);
    while (DateTime.UtcNow < deadline)
    {
        var (progress, done) = await read();
        var value = done ? 100 : progress;
        if (compute.Count == 0 || compute[^1].P != value) compute.Add((value, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        if (done) break;
        await Task.Delay(25);
    }
    // Give the page time to show the end.
    await page.WaitForFunctionAsync($"window.__progress.some(e => e.op === '{operation}' && e.p === 100)", null, new() { Timeout = 30_000, PollingInterval = 50 })
        .ContinueWith(_ => { }, TaskScheduler.Default);
    var dom = (await page.EvaluateAsync<System.Text.Json.JsonElement>($"window.__progress.filter(e => e.op === '{operation}')"))
        .EnumerateArray().Select(e => (e.GetProperty("p").GetInt32(), (long)e.GetProperty("t").GetDouble())).ToList();
    var latencies = new List<double>();
    foreach (var (p, t) in compute.Where(c => c.P > 0))
    {
        var shown = dom.FirstOrDefault(d => d.Item1 >= p && d.Item2 >= t - 5);
        latencies.Add(shown == default ? 30_000 : Math.Max(0, shown.Item2 - t)); // never shown: counted as 30 s
    }
    return (BenchTable.Percentile(latencies, 95), compute.Count(c => c.P > 0), dom.Count);
}

async Task<double> HeapPerCircuitAsync()
{
    var url = console.BaseUrl + $"machine-images?project={Large}";
    await CompleteListAsync($"machine-images?project={Large}");
    await UntilCircuitsAsync(c => c >= 1, "the first page's circuit");
    await SettledAsync(page);
    var before = await RawRest.HeapAsync(diagnostics);
    await Task.Delay(1000);
    var beforeAgain = await RawRest.HeapAsync(diagnostics);
    if ((long)beforeAgain["liveBytes"]! < (long)before["liveBytes"]!) before = beforeAgain;
    await GcDumpAsync("before");
    var baseCircuits = (int)before["circuits"]!;
    var pages = new List<IPage>();
    for (var i = 0; i < circuitsPerHeapRun; i++)
    {
        var extra = await context.NewPageAsync();
        await extra.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await extra.WaitForFunctionAsync("window.__completeAt !== undefined", null, new() { PollingInterval = 50 });
        pages.Add(extra);
    }
    await UntilCircuitsAsync(c => c >= baseCircuits + circuitsPerHeapRun, "the extra pages' circuits");
    // What a circuit holds at rest: each page interactive (its first interactive render applied and acknowledged, its
    // start-up calls answered), then the smaller of two readings a second apart.
    foreach (var extra in pages)
    {
        await SettledAsync(extra);
    }
    var after = await RawRest.HeapAsync(diagnostics);
    await Task.Delay(1000);
    var again = await RawRest.HeapAsync(diagnostics);
    if ((long)again["liveBytes"]! < (long)after["liveBytes"]!) after = again;
    await GcDumpAsync("after");
    var perCircuitMb = ((long)after["liveBytes"]! - (long)before["liveBytes"]!) / (double)((int)after["circuits"]! - baseCircuits) / (1024 * 1024);
    var totalPerCircuitMb = ((long)after["heapBytes"]! - (long)before["heapBytes"]!) / (double)((int)after["circuits"]! - baseCircuits) / (1024 * 1024);
    heapTotals.Add(totalPerCircuitMb);
    Progress($"heap: live {(long)before["liveBytes"]! / 1048576.0:F1} MB with {baseCircuits} circuit(s), {(long)after["liveBytes"]! / 1048576.0:F1} MB with {(int)after["circuits"]!}: {perCircuitMb:F2} MB per circuit (GetTotalMemory: {totalPerCircuitMb:F2} MB); cache {after["cacheEntries"]} entries, {after["cacheItems"]} items");
    foreach (var extra in pages) await extra.CloseAsync(new() { RunBeforeUnload = true });
    await UntilCircuitsAsync(c => c <= baseCircuits, "the closed pages' circuits to end", throwOnTimeout: false);
    return perCircuitMb;
}

// The restore wizard for web-1-nightly (acme-prod, LocalCloud's demo world) filled in with its defaults and a new name;
// returns ms from the Submit click to the status saying the VM is RUNNING (the DOM, page-side).
async Task<double> RestoreThroughWizardAsync(IPage wizard, string name)
{
    var submit = await FillRestoreWizardAsync(wizard, name);
    await wizard.EvaluateAsync("""
        (name) => {
          window.__restored = new Promise(resolve => {
            const done = () => (document.querySelector('[data-testid=restore-status]')?.textContent ?? '').includes(name + ' is RUNNING');
            const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(performance.now() - window.__submitAt); } });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            document.addEventListener('click', () => { window.__submitAt = performance.now(); }, { capture: true, once: true });
            setTimeout(() => { observer.disconnect(); resolve(-1); }, 120000);
          });
        }
        """, name);
    await submit.ClickAsync();
    var took = await wizard.EvaluateAsync<double>("() => window.__restored");
    if (took < 0)
    {
        await wizard.ScreenshotAsync(new() { Path = Screenshot("bench-restore-failed") });
        throw new TimeoutException($"The wizard did not report {name} RUNNING within 2 minutes.");
    }
    return took;
}

// A restore the operator submits in the console, made to run ~15 s in Timed mode (5 s in --short): LocalCloud's time per
// 100 GB is raised while the insert is accepted (a duration is fixed when the operation is created). Returns the zone
// operation's name and how to read it.
async Task<(string Operation, Func<Task<(int Progress, bool Done)>> Read)> StartRestoreInConsoleAsync(int run)
{
    var wizard = await OperatorPageAsync();
    var name = $"bench-progress-vm-{run}-{Guid.NewGuid().ToString("N")[..6]}";
    var submit = await FillRestoreWizardAsync(wizard, name);
    var simulation = Simulation();
    var perHundred = simulation.SecondsPerHundredGb;
    simulation.SecondsPerHundredGb = isShort ? 10 : 30; // web-1-nightly holds 50 GB
    try
    {
        await submit.ClickAsync();
        var operation = await raw.FindZoneOperationAsync("acme-prod", "us-central1-a", "instances/" + name, TimeSpan.FromSeconds(30));
        return (operation, () => raw.ZoneOperationAsync("acme-prod", "us-central1-a", operation));
    }
    finally
    {
        simulation.SecondsPerHundredGb = perHundred;
    }
}

// The wizard for web-1-nightly, filled in with its defaults and a new name, at its last step; returns the Submit button.
async Task<ILocator> FillRestoreWizardAsync(IPage wizard, string name)
{
    await wizard.GotoAsync(console.BaseUrl + "machine-images/web-1-nightly/restore?project=acme-prod");
    await wizard.Locator("[data-circuit=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    var field = wizard.GetByLabel("Instance name");
    await field.FillAsync(name);
    for (var step = 2; step <= 5; step++)
    {
        var shown = wizard.GetByText($"Step {step} of 5");
        await UntilAsync(() => wizard.GetByTestId("next").ClickAsync(), () => shown.WaitForAsync(new() { Timeout = 2_000 }));
    }
    var submit = wizard.GetByTestId("submit");
    await Assertions.Expect(submit).ToBeEnabledAsync(new() { Timeout = 60_000 });
    return submit;
}

// An Operator signed in in its own browser context (restores), made on first use.
async Task<IPage> OperatorPageAsync()
{
    if (operatorPage is not null) return operatorPage;
    operatorContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = console.BaseUrl.ToString(), ViewportSize = new() { Width = 1600, Height = 1000 }, BypassCSP = true });
    operatorContext.SetDefaultTimeout(90_000);
    var signIn = await operatorContext.NewPageAsync();
    await signIn.GotoAsync(console.BaseUrl + "?project=acme-prod");
    await signIn.GetByRole(AriaRole.Button, new() { Name = "operator@example.com" }).ClickAsync();
    await signIn.WaitForURLAsync(url => url.StartsWith(console.BaseUrl.ToString(), StringComparison.Ordinal));
    return operatorPage = signIn;
}

// LocalCloud's simulation settings, read by its operation engine on each new operation (the bench hosts LocalCloud).
MachineImagesConsole.LocalCloud.Hosting.SimulationOptions Simulation()
    => localCloud.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MachineImagesConsole.LocalCloud.Hosting.LocalCloudOptions>>().Value.Simulation;

// A full navigation (as the list rows make it, from a list page) to the machine-images page without a project: what any
// page of the console costs the browser and the server before it shows data. ms from navigation start to the page's
// "Choose a project" message in the DOM.
async Task<double> FloorAsync()
{
    var traced = trace ? await TraceAsync() : null;
    await page.GotoAsync(console.BaseUrl + "machine-images", new() { WaitUntil = WaitUntilState.Commit });
    await page.WaitForFunctionAsync("window.__noProjectAt !== undefined", null, new() { PollingInterval = 20, Timeout = 120_000 });
    if (traced is not null) await File.WriteAllTextAsync(Artifact($"trace-floor-{DateTime.UtcNow:HHmmss}.json"), await traced());
    var at = await page.EvaluateAsync<double>("window.__noProjectAt");
    if (timeline)
    {
        var n = await page.EvaluateAsync<string>("""
            (() => { const n = performance.getEntriesByType('navigation')[0];
                     return JSON.stringify({ requestStart: n.requestStart, firstByte: n.responseStart, lastByte: n.responseEnd, unloadEnd: n.unloadEventEnd, noProject: window.__noProjectAt }); })()
            """);
        Progress($"navigation floor: {n}");
    }
    await SettledAsync(page);
    return at;
}

// The same list opened from the console's own menu (a click on its link, as people move between pages): no new document;
// the circuit renders the page and reads the list (cold) itself. Page-side, from the click to the count saying the list
// is complete. Starts from the project's operations page, which holds no list.
async Task<double> InAppListAsync(string linkName, string project, int items)
{
    await page.GotoAsync(console.BaseUrl + $"operations?project={project}", new() { WaitUntil = WaitUntilState.Commit });
    await SettledAsync(page);
    await ForgetListsAsync(project);
    await page.EvaluateAsync("""
        () => { window.__completeAt = undefined; window.__completeCount = undefined; window.__clickAt = undefined;
                document.addEventListener('click', () => { window.__clickAt = performance.now(); }, { capture: true, once: true }); }
        """);
    var traced = trace ? await TraceAsync() : null;
    await page.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync();
    await page.WaitForFunctionAsync("window.__completeAt !== undefined && window.__clickAt !== undefined", null, new() { PollingInterval = 20, Timeout = 120_000 });
    if (traced is not null) await File.WriteAllTextAsync(Artifact($"trace-inapp-{project}-{linkName.Replace(' ', '-')}-{DateTime.UtcNow:HHmmss}.json"), await traced());
    await RequireCompleteCountAsync($"{linkName} in {project}", items);
    var took = await page.EvaluateAsync<double>("window.__completeAt - window.__clickAt");
    if (timeline)
    {
        var clickAt = await page.EvaluateAsync<double>("performance.timeOrigin + window.__clickAt");
        Progress($"in-app {linkName} {project}: clicked at {DateTimeOffset.FromUnixTimeMilliseconds((long)clickAt).ToLocalTime():HH:mm:ss.fff}, complete {took:F0} ms later");
    }
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    return took;
}

// The count the page showed when the list was complete names every item (the bench's seeded world is what it shows).
async Task RequireCompleteCountAsync(string what, int items)
{
    var count = await page.EvaluateAsync<string>("window.__completeCount");
    if (!count.Contains($" of {items:N0}", StringComparison.Ordinal) && !count.Contains($" of {items}", StringComparison.Ordinal))
        throw new InvalidOperationException($"{what}: the count said '{count}', not {items} items.");
}

// A page at rest: its circuit interactive and the network idle (before the next measurement starts from it).
static async Task SettledAsync(IPage settling)
{
    await settling.WaitForFunctionAsync("window.__interactiveAt !== undefined", null, new() { PollingInterval = 20 });
    await settling.WaitForLoadStateAsync(LoadState.NetworkIdle);
}

async Task ForgetListsAsync(string project)
{
    using var response = await diagnostics.PostAsync($"_diagnostics/forget-lists?project={Uri.EscapeDataString(project)}", null);
    response.EnsureSuccessStatusCode();
}

async Task GcDumpAsync(string name)
{
    if (gcdump is null) return;
    var file = Path.Combine(ConsoleChild.RepositoryRoot(), "artifacts", $"heap-{name}.gcdump");
    using var dump = Process.Start(new ProcessStartInfo(gcdump, ["collect", "-p", console.ProcessId.ToString(CultureInfo.InvariantCulture), "-o", file]) { RedirectStandardOutput = true, UseShellExecute = false })!;
    await dump.StandardOutput.ReadToEndAsync();
    await dump.WaitForExitAsync();
    Progress($"gcdump {name}: {file}");
}

async Task UntilCircuitsAsync(Func<int, bool> condition, string what, bool throwOnTimeout = true)
{
    var deadline = DateTime.UtcNow.AddSeconds(60);
    while (DateTime.UtcNow < deadline)
    {
        var report = await diagnostics.GetFromJsonAsync<JsonObject>("_diagnostics/heap");
        if (condition((int)report!["circuits"]!)) return;
        await Task.Delay(250);
    }
    if (throwOnTimeout) throw new TimeoutException($"Waited 60 s for {what}.");
    notes.Add($"{what}: not within 60 s (they stay retained; the next run's baseline includes them)");
}

static async Task UntilAsync(Func<Task> act, Func<Task> outcome)
{
    var deadline = DateTime.UtcNow.AddSeconds(90);
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

static string LoadAverage()
{
    try
    {
        return File.ReadAllText("/proc/loadavg").Split(' ')[0];
    }
    catch (IOException)
    {
        return "?";
    }
}

static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss.fff}] {message}");

static string Artifact(string name)
{
    var dir = Path.Combine(ConsoleChild.RepositoryRoot(), "artifacts");
    Directory.CreateDirectory(dir);
    return Path.Combine(dir, name);
}

static string Screenshot(string name)
{
    var dir = Path.Combine(ConsoleChild.RepositoryRoot(), "artifacts", "screenshots");
    Directory.CreateDirectory(dir);
    return Path.Combine(dir, name + ".png");
}

/// <summary>Milliseconds from navigation start of one list page's milestones.</summary>
internal readonly record struct PageTimes(double FirstByte, double LastByte, double FirstRows, double Complete, double Interactive)
{
    public override string ToString()
        => FormattableString.Invariant($"first byte {FirstByte:F0}, last byte {LastByte:F0}, first rows {FirstRows:F0}, complete {Complete:F0}, interactive {Interactive:F0}");
}
