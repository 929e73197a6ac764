using System.Net;
using System.Text.RegularExpressions;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Authentication;

/// <summary>End to end against LocalCloud's real issuer: code flow with PKCE, roles, tokens kept server-side, refresh, sign-out.</summary>
public sealed partial class LocalCloudSignInTests(LocalCloudConsoleFixture fixture) : IClassFixture<LocalCloudConsoleFixture>
{
    [Fact]
    public async Task SignIn_AsAdmin_LandsOnTheDashboardWithTheAdminNavigation()
    {
        var (client, landing) = await fixture.SignInAsync("admin@example.com");
        using var _ = client;

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Equal(fixture.BaseUrl, landing.RequestMessage!.RequestUri);
        var html = await landing.Content.ReadAsStringAsync();
        Assert.Contains(">Dashboard</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Audit log", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AsViewerToAuditLog_ShowsTheForbiddenPage()
    {
        var (client, landing) = await fixture.SignInAsync("viewer@example.com", "audit");
        using var _ = client;

        Assert.Equal("/account/access-denied", landing.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await landing.Content.ReadAsStringAsync();
        Assert.Contains("You can&#x27;t open this page", html, StringComparison.Ordinal);
        Assert.Contains("Viewer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AsAdminToAuditLog_ShowsTheAuditLog()
    {
        var (client, landing) = await fixture.SignInAsync("admin@example.com", "audit");
        using var _ = client;

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Equal("/audit", landing.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(">Audit log</h1>", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Tokens_AreStoredProtectedServerSideAndTheRefreshTokenWorksAtLocalCloud()
    {
        var (client, _) = await fixture.SignInAsync("operator@example.com");
        using var __ = client;
        var services = fixture.Console.App.Services;

        var contextFactory = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await contextFactory.CreateDbContextAsync();
        var record = await db.UserSessions.AsNoTracking().OrderByDescending(s => s.CreatedAt).FirstAsync(s => s.Email == "operator@example.com");
        Assert.NotNull(record.ProtectedRefreshToken);
        Assert.DoesNotContain(".", record.ProtectedAccessToken, StringComparison.Ordinal); // ciphertext, not a JWT

        var tokens = await services.GetRequiredService<UserSessionStore>().GetTokensAsync(record.Id, CancellationToken.None);
        Assert.NotNull(tokens);
        var refreshed = await services.GetRequiredService<IRefreshTokenGrant>().RedeemAsync(tokens.RefreshToken!, CancellationToken.None);
        Assert.False(string.IsNullOrEmpty(refreshed.AccessToken));
        Assert.NotEqual(tokens.AccessToken, refreshed.AccessToken);
    }

    [Fact]
    public async Task RefreshGrant_RevokedOrBogusRefreshToken_RequiresSignInAgain()
    {
        var grant = fixture.Console.App.Services.GetRequiredService<IRefreshTokenGrant>();

        await Assert.ThrowsAsync<ReauthenticationRequiredException>(() => grant.RedeemAsync("not-a-refresh-token", CancellationToken.None));
    }

    [Fact]
    public async Task SignOut_WithTheFormToken_EndsTheSessionAndShowsSignedOut()
    {
        var (client, _) = await fixture.SignInAsync("viewer@example.com", "audit");
        using var __ = client;
        using var page = await client.GetAsync(new Uri(fixture.BaseUrl, "account/access-denied"));
        var token = AntiforgeryRegex().Match(await page.Content.ReadAsStringAsync()).Groups["value"].Value;
        Assert.False(string.IsNullOrEmpty(token));

        using var signedOut = await client.PostAsync(new Uri(fixture.BaseUrl, "account/signout"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.OK, signedOut.StatusCode);
        Assert.Equal("/account/signed-out", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        using var again = await client.GetAsync(fixture.BaseUrl);
        Assert.NotEqual(fixture.BaseUrl.GetLeftPart(UriPartial.Authority), again.RequestMessage!.RequestUri!.GetLeftPart(UriPartial.Authority));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" (?:type=\"hidden\" )?value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryRegex();
}
