using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Model.Retention;
using MachineImagesConsole.Model.Sharing;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Operations;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Sharing;

/// <summary>
/// A real LocalCloud (instant operations) on a loopback port plus the console's lifecycle services wired per person:
/// tokens come from LocalCloud's issuer through the chooser + PKCE, exactly as the console's sign-in gets them.
/// </summary>
#pragma warning disable CA1001 // disposed through IAsyncLifetime.DisposeAsync (by the fixture)
internal sealed partial class LifecycleCloud : IAsyncLifetime
{
    private const string ConsoleRedirect = "http://localhost:5080/signin-oidc";
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mic-lifecycle", Guid.NewGuid().ToString("N"));
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private OperationTracker _tracker = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public ProtectionStore Protection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalCloud:Urls"] = "http://127.0.0.1:0",
            ["LocalCloud:DataDirectory"] = _dataDirectory,
            ["LocalCloud:Simulation:Mode"] = "Instant",
            ["LocalCloud:Simulation:MaxWaitSeconds"] = "5",
            ["LocalCloud:Automation:ClientSecret"] = "lifecycle-test-secret",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        _app = LocalCloudApp.Create([], overrides);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

        Database = await TestDatabase.CreateAsync();
        var cache = new ComputeListCache(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new ComputeSessionOptions { ListCacheWindow = TimeSpan.Zero }));
        _tracker = new OperationTracker(Database, new FakeOperationWaiter(), [new OperationCompletion(new AuditLog(Database, TimeProvider.System), cache)], TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new OperationTrackingOptions()), NullLogger<OperationTracker>.Instance);
        Protection = new ProtectionStore(Database, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        await _tracker.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        _tokenLock.Dispose();
        await Database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold a file briefly; the OS cleans temp folders.
        }
    }

    /// <summary>A plain Compute client acting as <paramref name="email"/>.</summary>
    public ComputeClient ClientFor(string email)
        => new(new HttpClient(), new DelegateAccessTokenProvider(_ => new ValueTask<string>(TokenAsync(email))), ClientOptions(), null);

    /// <summary>The console's services for one signed-in person (what one circuit has).</summary>
    public ConsoleCircuit CircuitFor(string email, string role)
    {
        var user = TestUsers.Person(email, role);
        var auth = new FakeAuthenticationStateProvider(user);
        var services = new ServiceCollection()
            .AddSingleton<IAccessTokenProvider>(new DelegateAccessTokenProvider(_ => new ValueTask<string>(TokenAsync(email))))
            .BuildServiceProvider();
        var cache = new ComputeListCache(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new ComputeSessionOptions { ListCacheWindow = TimeSpan.Zero }));
        var session = new ComputeSession(services, new Factory(ClientOptions()), auth, cache, Microsoft.Extensions.Options.Options.Create(new ComputeSessionOptions()));
        var audit = new AuditLog(Database, TimeProvider.System);
        var authorization = TestUsers.AuthorizationService();
        var pipeline = new MutationPipeline(auth, authorization, audit, session, _tracker, cache, new MutationJournal(audit, new StoredRequestProtection(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider())), NullLogger<MutationPipeline>.Instance);
        var sharing = new SharingService(session, pipeline);
        var guard = new DeleteGuard(session, Protection);
        var gate = new ConsoleActionGate(auth, authorization, audit);
        return new ConsoleCircuit(session, pipeline, sharing, guard, new ProtectionService(pipeline, Protection, auth),
            new LabelsService(session, pipeline),
            new RetentionService(session, pipeline, guard, Protection, gate, auth, Database, TimeProvider.System),
            new DeprecationService(pipeline, Database, auth, TimeProvider.System));
    }

    /// <summary>Creates an image (from Debian's family) and waits for it.</summary>
    public async Task<Image> CreateImageAsync(string project, string name, string? family = null, Dictionary<string, string>? labels = null)
    {
        var client = ClientFor("admin@example.com");
        var operation = await client.Images.InsertAsync(project, new Image
        {
            Name = name,
            Family = family,
            Labels = labels,
            SourceImage = "projects/debian-cloud/global/images/family/debian-12",
        }, null, Guid.NewGuid());
        await client.WaitForOperationAsync(operation, TimeSpan.FromSeconds(30));
        return await client.Images.GetAsync(project, name);
    }

    /// <summary>Tries to create a VM from <paramref name="sourceImage"/> as <paramref name="email"/>; returns the HTTP status.</summary>
    public async Task<(int Status, string Body)> CreateVmAsync(string email, string project, string name, string sourceImage)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["machineType"] = "zones/us-central1-f/machineTypes/e2-small",
            ["disks"] = new JsonArray(new JsonObject { ["boot"] = true, ["autoDelete"] = true, ["initializeParams"] = new JsonObject { ["sourceImage"] = sourceImage } }),
            ["networkInterfaces"] = new JsonArray(new JsonObject { ["network"] = "global/networks/default" }),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"compute/v1/projects/{project}/zones/us-central1-f/instances")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenAsync(email));
        using var response = await _http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private ComputeClientOptions ClientOptions() => new()
    {
        BaseUrl = new Uri(BaseAddress, "compute/v1/"),
        ResourceManagerBaseUrl = BaseAddress,
        MaxAttempts = 1,
        OperationPollInterval = TimeSpan.FromMilliseconds(50),
    };

    private async Task<string> TokenAsync(string email)
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (!_tokens.TryGetValue(email, out var token)) _tokens[email] = token = await SignInAsync(email);
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    private async Task<string> SignInAsync(string email)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var query = new Dictionary<string, string>
        {
            ["client_id"] = "machine-images-console",
            ["redirect_uri"] = ConsoleRedirect,
            ["response_type"] = "code",
            ["scope"] = "openid email profile https://www.googleapis.com/auth/cloud-platform",
            ["state"] = "s",
            ["nonce"] = Guid.NewGuid().ToString("N"),
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        };
        using var chooser = await _http.GetAsync("connect/authorize?" + string.Join("&", query.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value))));
        var html = await chooser.Content.ReadAsStringAsync();
        var form = HiddenInputRegex().Matches(html).ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
        form["person"] = email;
        using var chosen = await _http.PostAsync("connect/authorize", new FormUrlEncodedContent(form));
        var location = chosen.Headers.Location ?? throw new InvalidOperationException("No redirect after choosing " + email);
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query)["code"].ToString();
        using var redeemed = await _http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "machine-images-console",
            ["code"] = code,
            ["redirect_uri"] = ConsoleRedirect,
            ["code_verifier"] = verifier,
        }));
        var json = await redeemed.Content.ReadFromJsonAsync<JsonObject>();
        return (string?)json?["access_token"] ?? throw new InvalidOperationException("No access token: " + json?.ToJsonString());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInputRegex();

    private sealed class Factory(ComputeClientOptions options) : IComputeClientFactory
    {
        public ComputeClient Create(IAccessTokenProvider tokens) => new(new HttpClient(), tokens, options);
    }
}
#pragma warning restore CA1001
