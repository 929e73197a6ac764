using System.Net;
using System.Text.Json;
using MachineImagesConsole.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;

namespace MachineImagesConsole.Tests.Authentication;

/// <summary>The real console over loopback HTTP, signing in against a minimal issuer (LocalCloud mode, external issuer).</summary>
public sealed class ConsoleSignInHttpTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mic-console-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private FakeIssuer _issuer = null!;
    private ConsoleInstance _console = null!;
    private Uri _baseUrl = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeIssuer.StartAsync();
        _baseUrl = new Uri($"http://127.0.0.1:{FakeIssuer.FreePort()}/");
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Console:DataDirectory"] = _dataDirectory,
            ["Console:LocalCloud:InProcess"] = "false",
            ["Console:LocalCloud:Url"] = _issuer.Origin.AbsoluteUri,
        }).Build();
        _console = await ConsoleHost.StartAsync(["--urls", _baseUrl.AbsoluteUri.TrimEnd('/')], overrides, CancellationToken.None);
    }

    [Fact]
    public async Task Root_Anonymous_ChallengesTheIssuerWithPkceAndTheConsolesRedirectUri()
    {
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(_baseUrl, "machine-images?project=acme-prod"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(new Uri(_issuer.Origin, "connect/authorize").AbsoluteUri, location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("machine-images-console", query["client_id"].ToString());
        Assert.Equal(new Uri(_baseUrl, "signin-oidc").AbsoluteUri, query["redirect_uri"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(
            ["openid", "email", "profile", "offline_access", "https://www.googleapis.com/auth/cloud-platform"],
            query["scope"].ToString().Split(' '));
    }

    [Fact]
    public async Task Healthz_Anonymous_IsHealthyJson()
    {
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(_baseUrl, "healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_IssuerAndDatabaseUp_ReportsEachCheck()
    {
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(_baseUrl, "readyz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("compute").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_IssuerDown_IsUnavailableAndNamesCompute()
    {
        await _issuer.DisposeAsync();
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(_baseUrl, "readyz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("compute").GetProperty("status").GetString());
    }

    [Fact]
    public async Task SignIn_ReturnUrlOffSite_IsReplacedByRoot()
    {
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(_baseUrl, "account/signin?returnUrl=https%3A%2F%2Fevil.example.com%2F"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(new Uri(_issuer.Origin, "connect/authorize").AbsoluteUri, response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var client = NewClient();

        using var response = await client.PostAsync(new Uri(_baseUrl, "account/signout"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownPath_SignedOut_IsSentToSignInNotShownAnError()
    {
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(_baseUrl, "no/such/page"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(_issuer.Origin.AbsoluteUri, response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("account/signed-out", "You are signed out")]
    [InlineData("account/denied?reason=domain", "only accepts accounts from its organization")]
    [InlineData("not-found", "Page not found")]
    public async Task PublicPage_Anonymous_RendersWithoutSigningIn(string path, string text)
    {
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(_baseUrl, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public async Task DisposeAsync()
    {
        await _console.DisposeAsync();
        await _issuer.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly; the temp folder is cleaned by the OS.
        }
    }
}
