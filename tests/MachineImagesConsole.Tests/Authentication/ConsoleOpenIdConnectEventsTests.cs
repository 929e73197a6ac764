using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class ConsoleOpenIdConnectEventsTests : IDisposable
{
    private static readonly AuthenticationScheme Scheme = new(OpenIdConnectDefaults.AuthenticationScheme, null, typeof(OpenIdConnectHandler));
    private readonly InMemoryConsoleDatabase _database = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly UserSessionStore _store;

    public ConsoleOpenIdConnectEventsTests() => _store = new UserSessionStore(_database, InMemoryConsoleDatabase.EphemeralProtection(), _time);

    [Fact]
    public async Task RedirectToIdentityProvider_GoogleMode_AsksForOfflineAccessAndUsesThePublicRedirectUri()
    {
        var options = GoogleOptions();
        options.Authentication.AllowedDomains.Add("example.com");
        var context = new RedirectContext(new DefaultHttpContext(), Scheme, new OpenIdConnectOptions(), new AuthenticationProperties())
        {
            ProtocolMessage = new OpenIdConnectMessage { RedirectUri = "http://internal-host/signin-oidc" },
        };

        await Events(options, GoogleEndpoints()).RedirectToIdentityProvider(context);

        Assert.Equal("https://console.example.com/signin-oidc", context.ProtocolMessage.RedirectUri);
        Assert.Equal("offline", context.ProtocolMessage.GetParameter("access_type"));
        Assert.Equal("consent", context.ProtocolMessage.GetParameter("prompt"));
        Assert.Equal("example.com", context.ProtocolMessage.GetParameter("hd"));
    }

    [Fact]
    public async Task TokenValidated_GoogleIssuerWithRolesClaim_IgnoresItAndUsesConfiguration()
    {
        var options = GoogleOptions();
        options.Authorization.Roles.Viewer.Add("@example.com");
        var context = Validated(options, ("iss", "https://accounts.google.com"), ("email", "ada@example.com"), ("roles", "Admin"));

        await Events(options, GoogleEndpoints()).TokenValidated(context);

        Assert.Equal(ConsoleRoles.Viewer, context.Principal!.FindFirst(ConsoleRoles.ClaimType)?.Value);
        Assert.DoesNotContain(context.Principal.Claims, c => c.Type == "roles");
    }

    [Fact]
    public async Task TokenValidated_LocalCloudIssuerRolesClaim_IsHonoured()
    {
        var options = new ConsoleOptions();
        var endpoints = LocalCloudEndpoints();
        var context = Validated(options, ("iss", "http://localhost:5081/"), ("email", "operator@example.com"), ("roles", "Operator"));

        await Events(options, endpoints).TokenValidated(context);

        Assert.Equal(ConsoleRoles.Operator, context.Principal!.FindFirst(ConsoleRoles.ClaimType)?.Value);
    }

    [Fact]
    public async Task TokenValidated_Success_StoresTokensServerSideAndPutsOnlyTheSessionIdInThePrincipal()
    {
        var options = new ConsoleOptions();
        var context = Validated(options, ("iss", "http://localhost:5081/"), ("email", "viewer@example.com"), ("name", "Vera"), ("roles", "Viewer"));

        await Events(options, LocalCloudEndpoints()).TokenValidated(context);

        var sessionId = context.Principal!.FindFirst(ConsoleClaimTypes.SessionId)?.Value;
        Assert.NotNull(sessionId);
        var tokens = await _store.GetTokensAsync(sessionId, CancellationToken.None);
        Assert.Equal(new UserSessionTokens("access-token", "refresh-token", _time.Now.AddSeconds(3600)), tokens);
        Assert.DoesNotContain(context.Principal.Claims, c => c.Value.Contains("access-token", StringComparison.Ordinal) || c.Value.Contains("refresh-token", StringComparison.Ordinal));
        Assert.Equal("Vera", context.Principal.Identity!.Name);
    }

    [Fact]
    public async Task TokenValidated_NoRole_SignsInWithoutARoleClaim()
    {
        var options = new ConsoleOptions();
        var context = Validated(options, ("iss", "http://localhost:5081/"), ("email", "stranger@example.org"));

        await Events(options, LocalCloudEndpoints()).TokenValidated(context);

        Assert.NotNull(context.Principal!.FindFirst(ConsoleClaimTypes.SessionId));
        Assert.Null(context.Principal.FindFirst(ConsoleRoles.ClaimType));
    }

    [Fact]
    public async Task TokenValidated_DomainNotAllowed_RefusesWithAClearPageAndStoresNothing()
    {
        var options = GoogleOptions();
        options.Authentication.AllowedDomains.Add("example.com");
        options.Authorization.Roles.Admin.Add("mallory@elsewhere.org");
        var context = Validated(options, ("iss", "https://accounts.google.com"), ("email", "mallory@elsewhere.org"), ("email_verified", "true"));

        await Events(options, GoogleEndpoints()).TokenValidated(context);

        Assert.True(context.Result?.Handled);
        Assert.Equal("/account/denied?reason=domain", context.Response.Headers.Location.ToString());
        await using var db = _database.CreateDbContext();
        Assert.Empty(db.UserSessions);
    }

    private TokenValidatedContext Validated(ConsoleOptions options, params (string Type, string Value)[] claims)
    {
        var identity = new ClaimsIdentity([new Claim("sub", "subject-1"), .. claims.Select(c => new Claim(c.Type, c.Value))], "oidc");
        return new TokenValidatedContext(new DefaultHttpContext(), Scheme, new OpenIdConnectOptions(), new ClaimsPrincipal(identity), new AuthenticationProperties())
        {
            TokenEndpointResponse = new OpenIdConnectMessage { AccessToken = "access-token", RefreshToken = "refresh-token", ExpiresIn = "3600" },
        };
    }

    private ConsoleOpenIdConnectEvents Events(ConsoleOptions options, ConsoleEndpoints endpoints)
        => new(Options.Create(options), endpoints, new ConsoleRoleResolver(Options.Create(options)), _store, _time, NullLogger<ConsoleOpenIdConnectEvents>.Instance);

    private static ConsoleOptions GoogleOptions()
    {
        var options = new ConsoleOptions { Mode = ConsoleModes.Google };
        options.Authentication.Google.ClientId = "client";
        options.Authentication.Google.ClientSecret = "secret";
        return options;
    }

    private static ConsoleEndpoints GoogleEndpoints()
        => ConsoleHost.ResolveEndpoints(GoogleOptions(), new Uri("https://console.example.com/"), localCloud: null);

    private static ConsoleEndpoints LocalCloudEndpoints()
        => ConsoleHost.ResolveEndpoints(new ConsoleOptions(), new Uri("http://localhost:5080/"), localCloud: null);

    public void Dispose() => _database.Dispose();
}
