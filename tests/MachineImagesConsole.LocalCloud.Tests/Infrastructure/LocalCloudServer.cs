using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MachineImagesConsole.LocalCloud.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.LocalCloud.Tests.Infrastructure;

/// <summary>
/// Starts a real LocalCloud on <c>http://127.0.0.1:0</c> with a temporary data directory, and gets tokens the way a
/// client does (client credentials; authorization code + PKCE through the chooser page). Copy this class into other
/// test projects that need LocalCloud. Dispose stops the app and deletes the data directory (unless kept for a restart).
/// </summary>
public sealed partial class LocalCloudServer : IAsyncDisposable
{
    public const string AutomationSecret = "test-automation-secret";
    public const string ConsoleClientId = "machine-images-console";
    public const string ConsoleRedirect = "http://localhost:5080/signin-oidc";
    public const string CloudPlatform = "https://www.googleapis.com/auth/cloud-platform";

    private readonly WebApplication _app;
    private readonly bool _ownsDirectory;

    private LocalCloudServer(WebApplication app, string dataDirectory, bool ownsDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LocalCloudServer> StartAsync(
        SimulationMode mode = SimulationMode.Instant,
        string? dataDirectory = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "localcloud-tests", Guid.NewGuid().ToString("N"));
        var values = new Dictionary<string, string?>
        {
            ["LocalCloud:Urls"] = "http://127.0.0.1:0",
            ["LocalCloud:DataDirectory"] = dataDirectory,
            ["LocalCloud:EnableTestControl"] = "true",
            ["LocalCloud:Simulation:Mode"] = mode.ToString(),
            ["LocalCloud:Simulation:MaxWaitSeconds"] = "5",
            ["LocalCloud:Automation:ClientSecret"] = AutomationSecret,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (settings is not null) foreach (var (k, v) in settings) values[k] = v;
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var app = LocalCloudApp.Create([], overrides, configureServices);
        await app.StartAsync();
        return new LocalCloudServer(app, dataDirectory, owns);
    }

    /// <summary>Stops the app but keeps its data directory (for restart tests); returns the directory.</summary>
    public async Task<string> StopKeepingDataAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return DataDirectory;
    }

    public async Task<string> ClientCredentialsTokenAsync(string secret = AutomationSecret)
    {
        using var response = await Http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "console-automation",
            ["client_secret"] = secret,
            ["scope"] = CloudPlatform,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException("Token request failed: " + body?.ToJsonString());
        return (string)body!["access_token"]!;
    }

    /// <summary>Runs the authorization-code + PKCE flow as a browser would: GET the chooser, POST the chosen person, redeem the code.</summary>
    public async Task<JsonObject> SignInAsync(string email, string scope = "openid email profile offline_access " + CloudPlatform)
        => (await SignInCapturingAsync(email, scope)).Tokens;

    /// <summary>As <see cref="SignInAsync"/>, also returning the PKCE verifier and the authorization code it used.</summary>
    public async Task<(string Verifier, string Code, JsonObject Tokens)> SignInCapturingAsync(string email, string scope = "openid email profile offline_access " + CloudPlatform)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = Guid.NewGuid().ToString("N");
        var query = new Dictionary<string, string>
        {
            ["client_id"] = ConsoleClientId,
            ["redirect_uri"] = ConsoleRedirect,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = state,
            ["nonce"] = Guid.NewGuid().ToString("N"),
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        };
        var url = "connect/authorize?" + string.Join("&", query.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        using var chooser = await Http.GetAsync(url);
        var html = await chooser.Content.ReadAsStringAsync();
        if (!html.Contains(email, StringComparison.Ordinal)) throw new InvalidOperationException("The chooser page does not list " + email + ": " + html);

        var form = HiddenInputRegex().Matches(html).ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
        form["person"] = email;
        using var chosen = await Http.PostAsync("connect/authorize", new FormUrlEncodedContent(form));
        var location = chosen.Headers.Location ?? throw new InvalidOperationException($"No redirect after choosing ({(int)chosen.StatusCode}): " + await chosen.Content.ReadAsStringAsync());
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        if (parameters["state"] != state) throw new InvalidOperationException("State mismatch.");
        var code = parameters["code"].ToString();

        using var token = await Http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = ConsoleClientId,
            ["code"] = code,
            ["redirect_uri"] = ConsoleRedirect,
            ["code_verifier"] = verifier,
        }));
        var body = await token.Content.ReadFromJsonAsync<JsonObject>();
        if (!token.IsSuccessStatusCode) throw new InvalidOperationException("Code redemption failed: " + body?.ToJsonString());
        return (verifier, code, body!);
    }

    public async Task<string> PersonTokenAsync(string email) => (string)(await SignInAsync(email))["access_token"]!;

    /// <summary>Sends a Compute request with a bearer token; returns status and parsed JSON (null for an empty body).</summary>
    public async Task<(int Status, JsonObject? Body)> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path.StartsWith('/') ? path[1..] : path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is string raw) request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        else if (body is JsonNode node) request.Content = new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject);
    }

    public Task<(int Status, JsonObject? Body)> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    public Task<(int Status, JsonObject? Body)> PostAsync(string path, string? token, object? body = null) => SendAsync(HttpMethod.Post, path, token, body ?? "");

    /// <summary>Stepped mode: moves every unfinished operation one stage.</summary>
    public async Task AdvanceAsync(int steps = 1)
    {
        using var response = await Http.PostAsync($"localcloud/test/advance?steps={steps}", null);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
        }
        Http.Dispose();
        if (_ownsDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); }
            catch (IOException) { }
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInputRegex();
}
