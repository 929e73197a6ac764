using Microsoft.IdentityModel.JsonWebTokens;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.LocalCloud.Tests;

public sealed class IdentityTests(InstantServerFixture fixture) : IClassFixture<InstantServerFixture>
{
    private LocalCloudServer Server => fixture.Server;

    [Fact]
    public async Task Discovery_Document_NamesEndpointsAndGrants()
    {
        var doc = await Server.Http.GetFromJsonAsync<JsonObject>(".well-known/openid-configuration");
        Assert.Equal(Server.BaseAddress.ToString(), (string?)doc!["issuer"]);
        Assert.EndsWith("/connect/authorize", (string?)doc["authorization_endpoint"]);
        Assert.EndsWith("/connect/token", (string?)doc["token_endpoint"]);
        Assert.EndsWith("/connect/userinfo", (string?)doc["userinfo_endpoint"]);
        Assert.EndsWith("/connect/endsession", (string?)doc["end_session_endpoint"]);
        var grants = doc["grant_types_supported"]!.AsArray().Select(g => (string?)g).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("refresh_token", grants);
        var jwks = await Server.Http.GetFromJsonAsync<JsonObject>((string)doc["jwks_uri"]!);
        Assert.NotEmpty(jwks!["keys"]!.AsArray());
    }

    [Fact]
    public async Task ClientCredentials_AutomationClient_GetsServiceAccountJwt()
    {
        var token = await Server.ClientCredentialsTokenAsync();
        var jwt = new JsonWebToken(token);
        Assert.Equal("console-automation@localcloud.iam.gserviceaccount.com", jwt.Claims.First(c => c.Type == "email").Value);
        Assert.Equal("serviceAccount", jwt.Claims.First(c => c.Type == "principal_type").Value);
    }

    [Fact]
    public async Task ClientCredentials_WrongSecret_IsRejected()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Server.ClientCredentialsTokenAsync("not-the-secret"));
    }

    [Fact]
    public async Task CodeFlow_WithPkce_IssuesIdTokenWithEmailNameAndConsoleRole()
    {
        var tokens = await Server.SignInAsync("operator@example.com");
        var id = new JsonWebToken((string)tokens["id_token"]!);
        Assert.Equal("operator@example.com", id.Claims.First(c => c.Type == "email").Value);
        Assert.Equal("Oscar Operator", id.Claims.First(c => c.Type == "name").Value);
        Assert.Equal("Operator", id.Claims.First(c => c.Type == "roles").Value);
        Assert.NotNull(tokens["refresh_token"]);

        using var refreshed = await Server.Http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = LocalCloudServer.ConsoleClientId,
            ["refresh_token"] = (string)tokens["refresh_token"]!,
        }));
        Assert.True(refreshed.IsSuccessStatusCode, await refreshed.Content.ReadAsStringAsync());
        var body = await refreshed.Content.ReadFromJsonAsync<JsonObject>();
        var (status, _) = await Server.GetAsync("compute/v1/projects/acme-prod/global/images?maxResults=1", (string)body!["access_token"]!);
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task ChooserPage_SaysItIsTheDemoSignIn()
    {
        var html = await Server.Http.GetStringAsync("connect/authorize?client_id=machine-images-console&redirect_uri=" + Uri.EscapeDataString(LocalCloudServer.ConsoleRedirect)
            + "&response_type=code&scope=openid&code_challenge=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrs&code_challenge_method=S256");
        Assert.Contains("LocalCloud's demo sign-in", html);
        Assert.Contains("admin@example.com", html);
        Assert.Contains("viewer@example.com", html);
    }
}
