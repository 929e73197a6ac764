using System.Security.Cryptography;
using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MachineImagesConsole.ScaleOut.Tests;

/// <summary>
/// The scale-out topology of docs/scale-out.md on loopback, started the way deploy/run-without-containers.sh starts it:
/// one PostgreSQL, one Redis, one LocalCloud (its own process), consoles A and B (each its own process, LocalCloud not
/// in-process), the sticky YARP proxy in front of both, an OTLP receiver, and one Chromium. Everything is stopped at the end.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    /// <summary>Short so that the take-over test stays quick; production default is 30 s.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(9);

    /// <summary>
    /// What the take-over may take beyond the expiry of the dead owner's last lease: the monitor looks 20 ms after it, then
    /// one query for orphans and one conditional UPDATE (docs/scale-out.md, "Take-over"). Generous for a busy 2-core machine.
    /// </summary>
    public static readonly TimeSpan TakeoverAllowance = TimeSpan.FromSeconds(3);

    /// <summary>A backup policy both consoles declare, every two minutes.</summary>
    public const string BackupPolicyName = "scale-every-two-minutes";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mic-scale-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _automationSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
    private IPlaywright? _playwright;

    public PostgresServer Postgres { get; private set; } = null!;
    public RedisServer Redis { get; private set; } = null!;
    public OtlpReceiver Otlp { get; private set; } = null!;
    public WebProcess LocalCloud { get; private set; } = null!;
    public WebProcess ConsoleA { get; private set; } = null!;
    public WebProcess ConsoleB { get; private set; } = null!;
    public WebProcess Proxy { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string DatabaseConnectionString { get; private set; } = null!;
    public string AutomationSecret => _automationSecret;

    public IEnumerable<WebProcess> Consoles => [ConsoleA, ConsoleB];

    public WebProcess ConsoleNamed(string name) => Consoles.Single(c => c.Name == name);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var postgres = PostgresServer.StartAsync();
        var redis = RedisServer.StartAsync();
        var otlp = OtlpReceiver.StartAsync();
        Postgres = await postgres;
        Redis = await redis;
        Otlp = await otlp;
        DatabaseConnectionString = await Postgres.CreateDatabaseAsync("console");

        var proxyPort = FreePort.Next();
        var publicUrl = $"http://localhost:{proxyPort}";
        var localCloudPort = FreePort.Next();
        LocalCloud = new WebProcess("localcloud", Paths.Assembly("src/MachineImagesConsole.LocalCloud", "MachineImagesConsole.LocalCloud"), localCloudPort, new()
        {
            ["LocalCloud__Urls"] = $"http://localhost:{localCloudPort}",
            ["LocalCloud__PublicOrigin"] = $"http://localhost:{localCloudPort}",
            ["LocalCloud__DataDirectory"] = Path.Combine(_folder, "localcloud"),
            ["LocalCloud__Automation__ClientSecret"] = _automationSecret,
            ["LocalCloud__Clients__machine-images-console__RedirectUris__0"] = publicUrl + "/signin-oidc",
            ["LocalCloud__Clients__machine-images-console__PostLogoutRedirectUris__0"] = publicUrl + "/signout-callback-oidc",
            ["LocalCloud__Simulation__Mode"] = "Timed",
            // db-primary's 400 GB then take about 80 s: long enough to watch progress on B, then kill the owner mid-way.
            ["LocalCloud__Simulation__SecondsPerHundredGb"] = "20",
        }, "/");
        await LocalCloud.StartAsync();

        ConsoleA = NewConsole("console-a", publicUrl, localCloudPort);
        ConsoleB = NewConsole("console-b", publicUrl, localCloudPort);
        await ConsoleA.StartAsync(); // A applies the migrations; B finds them applied
        await ConsoleB.StartAsync();

        // The proxy as deploy/ ships it (its appsettings.json: affinity, health checks), given only the two destinations,
        // exactly as deploy/run-without-containers.sh starts it.
        Proxy = new WebProcess("proxy", Paths.Assembly("deploy/MachineImagesConsole.Proxy", "MachineImagesConsole.Proxy"), proxyPort, new()
        {
            ["ReverseProxy__Clusters__consoles__Destinations__console-a__Address"] = ConsoleA.Url.ToString(),
            ["ReverseProxy__Clusters__consoles__Destinations__console-b__Address"] = ConsoleB.Url.ToString(),
        }, "/proxy/healthz");
        await Proxy.StartAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    private WebProcess NewConsole(string name, string publicUrl, int localCloudPort)
    {
        var port = FreePort.Next();
        return new WebProcess(name, Paths.Assembly("src/MachineImagesConsole", "MachineImagesConsole"), port, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Console__PublicUrl"] = publicUrl,
            ["Console__InstanceName"] = name,
            ["Console__DataDirectory"] = Path.Combine(_folder, name),
            ["Console__Database__Provider"] = "PostgreSQL",
            ["Console__Database__ConnectionString"] = DatabaseConnectionString,
            ["Console__Redis"] = Redis.Configuration,
            ["Console__LocalCloud__InProcess"] = "false",
            ["Console__LocalCloud__Url"] = $"http://localhost:{localCloudPort}",
            ["Console__LocalCloud__AutomationClientSecret"] = _automationSecret,
            ["Console__Operations__Leases__Duration"] = LeaseDuration.ToString("c"),
            // The same declared policy on both instances: Quartz, clustered on PostgreSQL, fires it on one of them per tick.
            ["Console__Backups__Policies__0__Name"] = BackupPolicyName,
            ["Console__Backups__Policies__0__Project"] = "acme-staging",
            ["Console__Backups__Policies__0__Schedule"] = "*/2 * * * *",
            ["Console__Backups__Policies__0__Instances__0"] = "us-central1-a/staging-web-1",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Otlp.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "60000",
        }, "/healthz", Paths.RepositoryRoot());
    }

    /// <summary>The console database, for checking what the consoles stored.</summary>
    public ConsoleDbContext Database()
        => new(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(DatabaseConnectionString).Options);

    /// <summary>
    /// A fresh browser context signed in through the proxy as <paramref name="email"/>; returns the page and the console
    /// that the proxy pinned it to (from the proxy's <c>X-Console-Destination</c> of the sign-in callback).
    /// </summary>
    public async Task<(IPage Page, string Console)> SignInAsync(string email, string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Proxy.Url.ToString() });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        string? destination = null;
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/signin-oidc", StringComparison.Ordinal) && response.Headers.TryGetValue("x-console-destination", out var d)) destination = d;
        };
        await page.GotoAsync(Proxy.Url + path);
        await page.GetByRole(AriaRole.Button, new() { Name = email }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(Proxy.Url.ToString(), StringComparison.Ordinal) && !url.Contains("signin-oidc", StringComparison.Ordinal));
        return (page, destination ?? throw new InvalidOperationException("The sign-in callback did not pass through the proxy."));
    }

    public string Diagnostics()
        => string.Join("\n\n", new[] { LocalCloud, ConsoleA, ConsoleB, Proxy }.Where(p => p is not null).Select(p => $"--- {p.Name} ---\n{Tail(p.Output)}"));

    private static string Tail(string text) => text.Length <= 6000 ? text : text[^6000..];

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        foreach (var process in new[] { Proxy, ConsoleB, ConsoleA, LocalCloud })
        {
            if (process is not null) await process.DisposeAsync();
        }

        if (Otlp is not null) await Otlp.DisposeAsync();
        if (Redis is not null) await Redis.DisposeAsync();
        if (Postgres is not null) await Postgres.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
