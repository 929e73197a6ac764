// Dashboards benchmark: a real LocalCloud (Instant mode, temp data dir) holding 1,000 machine images and 5,000
// images; the console's real ComputeSession, list cache and dashboard view models. Prints a Markdown table.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.Bench;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Store;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Dashboards;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

const string Project = "bench-large";
const string Secret = "bench-automation-secret";
const int MachineImages = 1000, Images = 5000;

var dataDirectory = Path.Combine(Path.GetTempPath(), "mic-bench", Guid.NewGuid().ToString("N"));
var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["LocalCloud:Urls"] = "http://127.0.0.1:0",
    ["LocalCloud:DataDirectory"] = dataDirectory,
    ["LocalCloud:Simulation:Mode"] = "Instant",
    ["LocalCloud:Automation:ClientSecret"] = Secret,
    [$"LocalCloud:Projects:{Project}:Number"] = "104857600099",
    [$"LocalCloud:Projects:{Project}:DisplayName"] = "Benchmark",
    [$"LocalCloud:Projects:{Project}:Bindings:roles/editor:0"] = "serviceAccount:console-automation@localcloud.iam.gserviceaccount.com",
    ["Logging:LogLevel:Default"] = "Warning",
}).Build();

await using var app = LocalCloudApp.Create([], overrides);
await app.StartAsync();
try
{
    var origin = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
    var seed = Stopwatch.StartNew();
    await BenchSeeder.SeedAsync(app.Services.GetRequiredService<IDbContextFactory<LocalCloudDbContext>>(), Project, MachineImages, Images);
    Console.WriteLine($"Seeded {MachineImages:N0} machine images and {Images:N0} images into {Project} in {seed.ElapsedMilliseconds} ms.");

    using var tokenHttp = new HttpClient { BaseAddress = origin };
    using var tokenResponse = await tokenHttp.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = "console-automation", ["client_secret"] = Secret,
        ["scope"] = "https://www.googleapis.com/auth/cloud-platform",
    }));
    var token = (string)(await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;

    var counter = new CountingHandler();
    var services = new ServiceCollection()
        .AddSingleton<IAccessTokenProvider>(new DelegateAccessTokenProvider(_ => ValueTask.FromResult(token)))
        .AddSingleton<IComputeClientFactory>(new BenchClientFactory(counter, origin))
        .AddSingleton<AuthenticationStateProvider, BenchAuthenticationStateProvider>()
        .AddSingleton(TimeProvider.System)
        .AddSingleton<IOptions<ComputeSessionOptions>>(Options.Create(new ComputeSessionOptions { ListCacheWindow = TimeSpan.FromMinutes(5) }))
        .AddSingleton<ComputeListCache>()
        .AddScoped<ComputeSession>()
        .BuildServiceProvider();

    var rows = new List<string[]>();
    async Task MeasureAsync<TRow>(string view, int n, Func<ComputeSession, Task<List<TRow>>> load, Func<List<TRow>, GridQuery, int> apply)
    {
        // First view in a new circuit: list calls + fetch + build the rows + default filter/sort.
        await using var scope1 = services.CreateAsyncScope();
        var before = counter.ListCalls;
        var sw = Stopwatch.StartNew();
        var data = await load(scope1.ServiceProvider.GetRequiredService<ComputeSession>());
        var shown = apply(data, GridQuery.Empty);
        sw.Stop();
        var calls = counter.ListCalls - before;

        // Filter + sort in the view model (median of 51 runs).
        var query = GridQuery.Parse("?sort=name&dir=desc&deprecated=true"); // worst case: every row kept and re-sorted
        var times = Enumerable.Range(0, 51).Select(_ => { var t = Stopwatch.StartNew(); apply(data, query); return t.Elapsed.TotalMilliseconds; }).Order().ToList();

        // Second view (another circuit of the same identity) within the cache window.
        await using var scope2 = services.CreateAsyncScope();
        var before2 = counter.ListCalls;
        var sw2 = Stopwatch.StartNew();
        var again = await load(scope2.ServiceProvider.GetRequiredService<ComputeSession>());
        apply(again, GridQuery.Empty);
        sw2.Stop();

        rows.Add([view, n.ToString("N0", CultureInfo.InvariantCulture), calls.ToString(CultureInfo.InvariantCulture),
            ((n + 499) / 500).ToString(CultureInfo.InvariantCulture), sw.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture),
            times[times.Count / 2].ToString("F2", CultureInfo.InvariantCulture), (counter.ListCalls - before2).ToString(CultureInfo.InvariantCulture),
            sw2.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture), shown.ToString(CultureInfo.InvariantCulture)]);
    }

    // Warm-up (JIT, connection, token validation) on a throwaway cache key so the figures below are steady-state.
    await using (var warm = services.CreateAsyncScope())
    {
        await warm.ServiceProvider.GetRequiredService<ComputeSession>().Client.MachineImages.ListPageAsync(Project, new ListOptions { MaxResults = 10 });
    }

    await MeasureAsync<MachineImageRow>("Machine images", MachineImages,
        async s => [.. (await s.ListMachineImagesAsync(Project, CancellationToken.None)).Select(MachineImageRow.From)],
        (d, q) => MachineImageGrid.Apply(d, q).Count);
    await MeasureAsync<ImageRow>("Images", Images,
        async s => [.. (await s.ListImagesAsync(Project, CancellationToken.None)).Select(i => ImageRow.From(i, Project))],
        (d, q) => ImageGrid.Apply(d, q).Count);
    await MeasureAsync<ImageRow>("Image families (after Images, same cache)", Images,
        async s => [.. (await s.ListImagesAsync(Project, CancellationToken.None)).Select(i => ImageRow.From(i, Project))],
        (d, q) => ImageFamilySummary.Build(d).Count);

    Console.WriteLine();
    Console.WriteLine("| view | items | list calls (1st view) | expected ⌈N/500⌉ | fetch + build view model (ms) | filter + sort in view model, median (ms) | list calls (2nd view, cached) | 2nd view (ms) | rows after default filter |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var r in rows) Console.WriteLine("| " + string.Join(" | ", r) + " |");
    Console.WriteLine();
    Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
}
finally
{
    await app.StopAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
}
