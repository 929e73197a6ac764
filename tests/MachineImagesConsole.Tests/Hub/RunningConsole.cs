using System.Net;
using System.Text.RegularExpressions;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Hosting;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Authentication;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Hub;

/// <summary>
/// The real console with LocalCloud in-process (timed simulation) on fixed loopback ports and a data folder that
/// outlive one start, so a test can stop it and start it again on the same state.
/// </summary>
internal sealed partial class RunningConsole : IAsyncDisposable
{
    private RunningConsole(string dataDirectory, Uri baseUrl, Uri localCloudUrl, int secondsPerHundredGb)
    {
        DataDirectory = dataDirectory;
        BaseUrl = baseUrl;
        LocalCloudUrl = localCloudUrl;
        SecondsPerHundredGb = secondsPerHundredGb;
    }

    public string DataDirectory { get; }

    public Uri BaseUrl { get; }

    public Uri LocalCloudUrl { get; }

    public int SecondsPerHundredGb { get; }

    public ConsoleInstance? Instance { get; private set; }

    public IServiceProvider Services => (Instance ?? throw new InvalidOperationException("The console is stopped.")).App.Services;

    public OperationTracker Tracker => Services.GetRequiredService<OperationTracker>();

    /// <summary>Starts a console on fresh free ports and a fresh data folder.</summary>
    public static async Task<RunningConsole> StartAsync(int secondsPerHundredGb = 5, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var console = new RunningConsole(
            Path.Combine(Path.GetTempPath(), "mic-ops-" + Guid.NewGuid().ToString("N")[..8]),
            new Uri($"http://localhost:{FakeIssuer.FreePort()}/"),
            new Uri($"http://localhost:{FakeIssuer.FreePort()}/"),
            secondsPerHundredGb);
        await console.StartAgainAsync(settings);
        return console;
    }

    /// <summary>Starts (again) on the same ports and data folder.</summary>
    /// <param name="settings">More configuration for this start only (e.g. <c>LocalCloud:Faults:Rules:0:Fault</c>).</param>
    public async Task StartAgainAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (Instance is not null) throw new InvalidOperationException("Already running.");
        var values = new Dictionary<string, string?>
        {
            ["Console:DataDirectory"] = DataDirectory,
            ["Console:LocalCloud:Url"] = LocalCloudUrl.GetLeftPart(UriPartial.Authority),
            ["LocalCloud:Simulation:Mode"] = "Timed",
            ["LocalCloud:Simulation:SecondsPerHundredGb"] = SecondsPerHundredGb.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LocalCloud:Simulation:TickMilliseconds"] = "100",
            ["Console:Operations:InitialRetryDelay"] = "00:00:00.200",
            ["Console:Operations:MaxRetryDelay"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        Instance = await ConsoleHost.StartAsync(["--urls", BaseUrl.AbsoluteUri.TrimEnd('/')], overrides, CancellationToken.None);
    }

    public async Task StopAsync()
    {
        if (Instance is null) return;
        var instance = Instance;
        Instance = null;
        await instance.DisposeAsync();
    }

    /// <summary>Signs in through LocalCloud's chooser as <paramref name="email"/>; returns the browser's cookies.</summary>
    public async Task<CookieContainer> SignInAsync(string email)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true, MaxAutomaticRedirections = 10 })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var chooser = await client.GetAsync(BaseUrl);
        Assert.Equal(HttpStatusCode.OK, chooser.StatusCode);
        var html = await chooser.Content.ReadAsStringAsync();
        var form = LocalCloudConsoleFixture.HiddenInputRegex().Matches(html)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        form["person"] = email;
        var action = new Uri(chooser.RequestMessage!.RequestUri!, WebUtility.HtmlDecode(FormActionRegex().Match(html).Groups["action"].Value));
        using var landing = await client.PostAsync(action, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Equal(BaseUrl.GetLeftPart(UriPartial.Authority), landing.RequestMessage!.RequestUri!.GetLeftPart(UriPartial.Authority));
        return cookies;
    }

    /// <summary>A SignalR client for <c>/hubs/operations</c> carrying <paramref name="cookies"/> (null = anonymous).</summary>
    public HubConnection NewHubConnection(CookieContainer? cookies)
        => new HubConnectionBuilder()
            .WithUrl(new Uri(BaseUrl, OperationsHub.Path.TrimStart('/')), options =>
            {
                if (cookies is not null) options.Cookies = cookies;
            })
            .Build();

    /// <summary>Compute as the console's service account (LocalCloud's automation client).</summary>
    public ComputeClient ServiceAccountCompute()
        => Services.GetRequiredService<IComputeClientFactory>().Create(Services.GetRequiredKeyedService<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount));

    /// <summary>
    /// Starts a machine image of <c>acme-prod/us-central1-a/web-1</c> (50 GB; or <paramref name="sourceInstance"/> in
    /// <paramref name="project"/>) the way the pipeline does: audit record first, Compute insert with a requestId, audit
    /// Submitted, then the tracker follows it. Returns the audit record id and the operation as Compute returned it.
    /// </summary>
    public async Task<(long AuditRecordId, OperationSnapshot Operation)> StartTrackedMachineImageAsync(
        string name,
        string actor = "operator@example.com",
        string project = "acme-prod",
        string sourceInstance = "zones/us-central1-a/instances/web-1")
    {
        var requestId = Guid.NewGuid();
        var audit = Services.GetRequiredService<AuditLog>();
        var record = await audit.AddAsync(new AuditRecord
        {
            ActorEmail = actor,
            ActorRole = "Operator",
            Action = "machineImages.insert",
            Target = name,
            Project = project,
            RequestId = requestId,
            Outcome = AuditOutcome.Pending,
        }, CancellationToken.None);
        var operation = await ServiceAccountCompute().MachineImages.InsertAsync(
            project,
            new MachineImage { Name = name },
            $"projects/{project}/{sourceInstance}",
            requestId,
            CancellationToken.None);
        var snapshot = OperationSnapshotMapper.ToSnapshot(operation);
        await audit.SetOutcomeAsync(record.Id, AuditOutcome.Submitted, snapshot.Name, null, null, CancellationToken.None);
        await Tracker.TrackAsync(snapshot, new OperationStart(project, actor, requestId, record.Id, MachineImagesConsole.Data.ComputeIdentity.ServiceAccount), CancellationToken.None);
        return (record.Id, snapshot);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    [GeneratedRegex("<form [^>]*action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormActionRegex();
}
