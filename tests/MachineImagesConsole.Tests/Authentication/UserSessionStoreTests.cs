using MachineImagesConsole.Authentication;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class UserSessionStoreTests : IDisposable
{
    private readonly InMemoryConsoleDatabase _database = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly Microsoft.AspNetCore.DataProtection.IDataProtectionProvider _protection = InMemoryConsoleDatabase.EphemeralProtection();
    private readonly UserSessionStore _store;

    public UserSessionStoreTests() => _store = new UserSessionStore(_database, _protection, _time);

    [Fact]
    public async Task CreateAsync_Tokens_RoundTripButAreNotStoredInPlainText()
    {
        var tokens = new UserSessionTokens("access-abc", "refresh-xyz", _time.Now.AddHours(1));

        var id = await _store.CreateAsync("sub-1", "ada@example.com", tokens, CancellationToken.None);

        Assert.Equal(tokens, await _store.GetTokensAsync(id, CancellationToken.None));
        await using var context = _database.CreateDbContext();
        var row = await context.UserSessions.SingleAsync();
        Assert.DoesNotContain("access-abc", row.ProtectedAccessToken, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-xyz", row.ProtectedRefreshToken!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_TwoSessions_GetDistinctUnguessableIds()
    {
        var tokens = new UserSessionTokens("a", null, _time.Now);

        var first = await _store.CreateAsync("sub-1", null, tokens, CancellationToken.None);
        var second = await _store.CreateAsync("sub-1", null, tokens, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.True(first.Length >= 40);
    }

    [Fact]
    public async Task RemoveAsync_Session_IsGoneAndCannotBeUpdated()
    {
        var id = await _store.CreateAsync("sub-1", null, new UserSessionTokens("a", "r", _time.Now), CancellationToken.None);

        await _store.RemoveAsync(id, CancellationToken.None);

        Assert.False(await _store.ExistsAsync(id, CancellationToken.None));
        Assert.Null(await _store.GetTokensAsync(id, CancellationToken.None));
        Assert.False(await _store.UpdateTokensAsync(id, new UserSessionTokens("b", "r2", _time.Now), CancellationToken.None));
    }

    [Fact]
    public async Task GetTokensAsync_KeyRingLost_TreatsSessionAsGone()
    {
        var id = await _store.CreateAsync("sub-1", null, new UserSessionTokens("a", "r", _time.Now), CancellationToken.None);
        var storeWithOtherKeys = new UserSessionStore(_database, InMemoryConsoleDatabase.EphemeralProtection(), _time);

        Assert.Null(await storeWithOtherKeys.GetTokensAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ValidateAsync_ExistingSession_TrueAndTouchedOnlyOncePerInterval()
    {
        var id = await _store.CreateAsync("sub-1", null, new UserSessionTokens("a", "r", _time.Now.AddHours(1)), CancellationToken.None);
        var created = _time.Now;

        _time.Now += UserSessionStore.TouchInterval - TimeSpan.FromSeconds(1);
        Assert.True(await _store.ValidateAsync(id, CancellationToken.None));
        Assert.Equal(created, await UpdatedAtAsync(id));

        _time.Now += TimeSpan.FromSeconds(1);
        Assert.True(await _store.ValidateAsync(id, CancellationToken.None));
        Assert.Equal(_time.Now, await UpdatedAtAsync(id));
    }

    [Fact]
    public async Task ValidateAsync_RemovedSession_False()
    {
        var id = await _store.CreateAsync("sub-1", null, new UserSessionTokens("a", "r", _time.Now.AddHours(1)), CancellationToken.None);
        await _store.RemoveAsync(id, CancellationToken.None);

        Assert.False(await _store.ValidateAsync(id, CancellationToken.None));
        Assert.False(await _store.ValidateAsync("no-such-session", CancellationToken.None));
    }

    [Fact]
    public async Task GetRecentTokensAsync_WithinTokenReuse_ReusesTheTokensReadThenReadsAgain()
    {
        var id = await _store.CreateAsync("sub-1", null, new UserSessionTokens("access-1", "r", _time.Now.AddHours(1)), CancellationToken.None);
        Assert.Equal("access-1", (await _store.GetRecentTokensAsync(id, CancellationToken.None))!.AccessToken);

        // Another instance refreshes the session (same database).
        var other = new UserSessionStore(_database, _protection, _time);
        Assert.True(await other.UpdateTokensAsync(id, new UserSessionTokens("access-2", "r2", _time.Now.AddHours(1)), CancellationToken.None));

        _time.Now += UserSessionStore.TokenReuse - TimeSpan.FromMilliseconds(1);
        Assert.Equal("access-1", (await _store.GetRecentTokensAsync(id, CancellationToken.None))!.AccessToken);
        Assert.Equal("access-2", (await _store.GetTokensAsync(id, CancellationToken.None))!.AccessToken);

        _time.Now += TimeSpan.FromMilliseconds(1);
        Assert.Equal("access-2", (await _store.GetRecentTokensAsync(id, CancellationToken.None))!.AccessToken);
    }

    [Fact]
    public async Task GetRecentTokensAsync_SignedOutOnThisInstance_GoneAtOnce()
    {
        var id = await _store.CreateAsync("sub-1", null, new UserSessionTokens("access-1", "r", _time.Now.AddHours(1)), CancellationToken.None);
        Assert.NotNull(await _store.GetRecentTokensAsync(id, CancellationToken.None));

        await _store.RemoveAsync(id, CancellationToken.None);

        Assert.Null(await _store.GetRecentTokensAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task GetRecentTokensAsync_SignedOutOnAnotherInstance_RefusedAtOnceByTheCookieCheckAndGoneWithinTokenReuse()
    {
        var id = await _store.CreateAsync("sub-1", null, new UserSessionTokens("access-1", "r", _time.Now.AddHours(1)), CancellationToken.None);
        Assert.NotNull(await _store.GetRecentTokensAsync(id, CancellationToken.None));

        // Instance B (same database) signs the session out; this instance is not told.
        await new UserSessionStore(_database, _protection, _time).RemoveAsync(id, CancellationToken.None);

        // Compute calls here may reuse the tokens read moments ago, for at most TokenReuse.
        _time.Now += UserSessionStore.TokenReuse;
        Assert.Null(await _store.GetRecentTokensAsync(id, CancellationToken.None));

        // A request with the cookie is refused at once (read from the database every time), and that forgets the tokens.
        var again = await _store.CreateAsync("sub-2", null, new UserSessionTokens("access-3", "r", _time.Now.AddHours(1)), CancellationToken.None);
        Assert.NotNull(await _store.GetRecentTokensAsync(again, CancellationToken.None));
        await new UserSessionStore(_database, _protection, _time).RemoveAsync(again, CancellationToken.None);
        Assert.False(await _store.ValidateAsync(again, CancellationToken.None));
        Assert.Null(await _store.GetRecentTokensAsync(again, CancellationToken.None));
    }

    [Fact]
    public async Task GetRecentTokensAsync_ReadThatOverlapsASignOut_IsNotRemembered()
    {
        var id = await _store.CreateAsync("sub-1", null, new UserSessionTokens("access-1", "r", _time.Now.AddHours(1)), CancellationToken.None);

        // Many reads racing one sign-out: after the sign-out has completed, no read gives the tokens again.
        var reads = Enumerable.Range(0, 20).Select(_ => Task.Run(() => _store.GetRecentTokensAsync(id, CancellationToken.None))).ToList();
        await _store.RemoveAsync(id, CancellationToken.None);
        await Task.WhenAll(reads);

        Assert.Null(await _store.GetRecentTokensAsync(id, CancellationToken.None));
    }

    private async Task<DateTimeOffset> UpdatedAtAsync(string id)
    {
        await using var context = _database.CreateDbContext();
        return (await context.UserSessions.AsNoTracking().SingleAsync(s => s.Id == id)).UpdatedAt;
    }

    [Fact]
    public void UserSessionTokens_ToString_NeverShowsTokens()
    {
        var text = new UserSessionTokens("access-abc", "refresh-xyz", _time.Now).ToString();

        Assert.DoesNotContain("access-abc", text, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-xyz", text, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
