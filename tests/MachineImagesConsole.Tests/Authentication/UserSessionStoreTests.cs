using MachineImagesConsole.Authentication;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class UserSessionStoreTests : IDisposable
{
    private readonly InMemoryConsoleDatabase _database = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly UserSessionStore _store;

    public UserSessionStoreTests() => _store = new UserSessionStore(_database, InMemoryConsoleDatabase.EphemeralProtection(), _time);

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
    public void UserSessionTokens_ToString_NeverShowsTokens()
    {
        var text = new UserSessionTokens("access-abc", "refresh-xyz", _time.Now).ToString();

        Assert.DoesNotContain("access-abc", text, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-xyz", text, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
