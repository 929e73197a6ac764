using System.Net;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Compute.Tests.Credentials;

public sealed class ClientCredentialsAccessTokenProviderTests : IDisposable
{
    private static readonly Uri TokenEndpoint = new("http://localhost:5081/connect/token");
    private readonly FakeTimeProvider time = new();
    private readonly FakeHttpHandler handler = new();
    private readonly HttpClient http;

    public ClientCredentialsAccessTokenProviderTests() => http = new HttpClient(handler);

    public void Dispose()
    {
        http.Dispose();
        handler.Dispose();
    }

    private ClientCredentialsAccessTokenProvider Provider() =>
        new(http, TokenEndpoint, "console-automation", "s3cret", "https://www.googleapis.com/auth/cloud-platform", time);

    [Fact]
    public async Task GetAccessToken_PostsClientCredentialsGrant()
    {
        handler.EnqueueJson("""{"access_token":"tok-1","token_type":"Bearer","expires_in":3600}""");
        using var provider = Provider();

        var token = await provider.GetAccessTokenAsync(CancellationToken.None);

        Assert.Equal("tok-1", token);
        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(TokenEndpoint, sent.Uri);
        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Equal("grant_type=client_credentials&client_id=console-automation&client_secret=s3cret&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcloud-platform", sent.Body);
    }

    [Fact]
    public async Task GetAccessToken_CachesUntilSixtySecondsBeforeExpiry_ThenRefreshes()
    {
        handler.EnqueueJson("""{"access_token":"tok-1","expires_in":3600}""").EnqueueJson("""{"access_token":"tok-2","expires_in":3600}""");
        using var provider = Provider();

        Assert.Equal("tok-1", await provider.GetAccessTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(3600 - 61));
        Assert.Equal("tok-1", await provider.GetAccessTokenAsync(CancellationToken.None));
        Assert.Equal(1, handler.Count);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("tok-2", await provider.GetAccessTokenAsync(CancellationToken.None));
        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task GetAccessToken_ConcurrentCallers_ShareOneRequest()
    {
        handler.EnqueueJson("""{"access_token":"tok-1","expires_in":"3600"}""");
        using var provider = Provider();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetAccessTokenAsync(CancellationToken.None).AsTask()));

        Assert.All(tokens, t => Assert.Equal("tok-1", t));
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task GetAccessToken_Invalidate_ForcesRefresh()
    {
        handler.EnqueueJson("""{"access_token":"tok-1","expires_in":3600}""").EnqueueJson("""{"access_token":"tok-2","expires_in":3600}""");
        using var provider = Provider();

        await provider.GetAccessTokenAsync(CancellationToken.None);
        provider.Invalidate();

        Assert.Equal("tok-2", await provider.GetAccessTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAccessToken_OAuthError_ThrowsWithErrorCodeAndNoSecret()
    {
        handler.EnqueueJson("""{"error":"invalid_client","error_description":"The client credentials are invalid."}""", HttpStatusCode.BadRequest);
        using var provider = Provider();

        var ex = await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(CancellationToken.None).AsTask());

        Assert.Equal("invalid_client", ex.Error);
        Assert.Contains("The client credentials are invalid.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_NonJsonFailure_ThrowsWithStatus()
    {
        handler.Enqueue(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("down") });
        using var provider = Provider();

        var ex = await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(CancellationToken.None).AsTask());

        Assert.Contains("503", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DelegateProvider_PassesTokenThrough_ToBearerHeader()
    {
        handler.EnqueueJson("""{"name":"z"}""");
        var client = new ComputeClient(http, new DelegateAccessTokenProvider(_ => ValueTask.FromResult("user-token")), TestClients.Options());

        await client.Zones.GetAsync("p", "z");

        Assert.Equal("Bearer user-token", handler.Requests[0].Authorization);
    }
}
