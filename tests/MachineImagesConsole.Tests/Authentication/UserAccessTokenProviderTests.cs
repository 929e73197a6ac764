using MachineImagesConsole.Authentication;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class UserAccessTokenProviderTests : IDisposable
{
    private readonly InMemoryConsoleDatabase _database = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeRefreshTokenGrant _grant = new();
    private readonly SessionRefreshLocks _locks = new();
    private readonly UserSessionStore _store;

    public UserAccessTokenProviderTests() => _store = new UserSessionStore(_database, InMemoryConsoleDatabase.EphemeralProtection(), _time);

    [Fact]
    public async Task GetAccessTokenAsync_TokenFresh_ReturnsItWithoutRefreshing()
    {
        var id = await CreateSessionAsync("access-1", "refresh-1", TimeSpan.FromMinutes(30));

        var token = await Provider(id).GetAccessTokenAsync(CancellationToken.None);

        Assert.Equal("access-1", token);
        Assert.Empty(_grant.Redeemed);
    }

    [Fact]
    public async Task GetAccessTokenAsync_WithinTwoMinutesOfExpiry_RefreshesAndStoresTheNewTokens()
    {
        var id = await CreateSessionAsync("access-1", "refresh-1", TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(59));
        _grant.Answers.Enqueue(_ => new UserSessionTokens("access-2", "refresh-2", _time.Now.AddHours(1)));

        var token = await Provider(id).GetAccessTokenAsync(CancellationToken.None);

        Assert.Equal("access-2", token);
        Assert.Equal(["refresh-1"], _grant.Redeemed);
        var stored = await _store.GetTokensAsync(id, CancellationToken.None);
        Assert.Equal(new UserSessionTokens("access-2", "refresh-2", _time.Now.AddHours(1)), stored);
    }

    [Fact]
    public async Task GetAccessTokenAsync_JustOutsideTheMargin_DoesNotRefresh()
    {
        var id = await CreateSessionAsync("access-1", "refresh-1", TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));

        Assert.Equal("access-1", await Provider(id).GetAccessTokenAsync(CancellationToken.None));
        Assert.Empty(_grant.Redeemed);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshRevoked_RemovesSessionAndRequiresSignIn()
    {
        var id = await CreateSessionAsync("access-1", "refresh-1", TimeSpan.Zero);
        _grant.Answers.Enqueue(_ => throw new ReauthenticationRequiredException());

        await Assert.ThrowsAsync<ReauthenticationRequiredException>(async () => await Provider(id).GetAccessTokenAsync(CancellationToken.None));

        Assert.False(await _store.ExistsAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshFailsTransiently_KeepsSessionAndPropagates()
    {
        var id = await CreateSessionAsync("access-1", "refresh-1", TimeSpan.Zero);
        _grant.Answers.Enqueue(_ => throw new HttpRequestException("issuer down"));

        await Assert.ThrowsAsync<HttpRequestException>(async () => await Provider(id).GetAccessTokenAsync(CancellationToken.None));

        Assert.True(await _store.ExistsAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task GetAccessTokenAsync_ExpiredWithoutRefreshToken_RemovesSessionAndRequiresSignIn()
    {
        var id = await CreateSessionAsync("access-1", refreshToken: null, TimeSpan.FromSeconds(30));

        await Assert.ThrowsAsync<ReauthenticationRequiredException>(async () => await Provider(id).GetAccessTokenAsync(CancellationToken.None));

        Assert.False(await _store.ExistsAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task GetAccessTokenAsync_SessionGone_RequiresSignIn()
    {
        var id = await CreateSessionAsync("access-1", "refresh-1", TimeSpan.FromHours(1));
        await _store.RemoveAsync(id, CancellationToken.None);

        await Assert.ThrowsAsync<ReauthenticationRequiredException>(async () => await Provider(id).GetAccessTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAccessTokenAsync_NoSessionClaim_RequiresSignIn()
        => await Assert.ThrowsAsync<ReauthenticationRequiredException>(async () => await Provider(sessionId: null).GetAccessTokenAsync(CancellationToken.None));

    [Fact]
    public async Task GetAccessTokenAsync_TwoCircuitsRefreshAtOnce_RedeemTheRefreshTokenOnce()
    {
        var id = await CreateSessionAsync("access-1", "refresh-1", TimeSpan.Zero);
        _grant.Answers.Enqueue(_ => new UserSessionTokens("access-2", "refresh-2", _time.Now.AddHours(1)));

        var tokens = await Task.WhenAll(
            Task.Run(async () => await Provider(id).GetAccessTokenAsync(CancellationToken.None)),
            Task.Run(async () => await Provider(id).GetAccessTokenAsync(CancellationToken.None)));

        Assert.Equal(["access-2", "access-2"], tokens);
        Assert.Single(_grant.Redeemed);
    }

    private UserAccessTokenProvider Provider(string? sessionId)
        => new(FixedAuthenticationStateProvider.ForSession(sessionId), new UserSessionAccessTokens(_store, _grant, _locks, _time));

    private Task<string> CreateSessionAsync(string accessToken, string? refreshToken, TimeSpan expiresIn)
        => _store.CreateAsync("person-1", "ada@example.com", new UserSessionTokens(accessToken, refreshToken, _time.Now + expiresIn), CancellationToken.None);

    public void Dispose() => _database.Dispose();
}
