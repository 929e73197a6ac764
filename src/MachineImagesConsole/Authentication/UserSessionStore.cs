using System.Collections.Concurrent;
using System.Security.Cryptography;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// Server-side sign-in sessions (singleton). Each holds the person's access and refresh tokens, protected with
/// <see cref="IDataProtector"/>, keyed by a random id that the auth cookie carries as <see cref="ConsoleClaimTypes.SessionId"/>.
/// Tokens never travel to the browser.
/// <para>
/// Tokens read from the database are remembered for <see cref="TokenReuse"/> (<see cref="GetRecentTokensAsync"/>), so the
/// pages of one list (or the calls of one page) read the session once, not once per Compute call. A sign-out or a failed
/// refresh on this instance forgets them at once; a session removed by another instance (a shared database) is no longer
/// used here for Compute calls at most <see cref="TokenReuse"/> later. Whether a cookie is still signed in is read from the
/// database on every request (<see cref="ValidateAsync"/>), never remembered.
/// </para>
/// </summary>
public sealed class UserSessionStore(IDbContextFactory<ConsoleDbContext> contextFactory, IDataProtectionProvider dataProtection, TimeProvider timeProvider)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("MachineImagesConsole.UserSessions.Tokens.v1");
    private readonly ConcurrentDictionary<string, RecentTokens> _recent = new(StringComparer.Ordinal);
    private long _removals; // a read that began before a removal is not remembered

    /// <summary>How long <see cref="GetRecentTokensAsync"/> reuses tokens read from the database.</summary>
    public static readonly TimeSpan TokenReuse = TimeSpan.FromSeconds(5);

    /// <summary>At most this many sessions' tokens are remembered before those older than <see cref="TokenReuse"/> are dropped.</summary>
    private const int RecentLimit = 1024;

    /// <summary>Creates a session and returns its id.</summary>
    public async Task<string> CreateAsync(string subject, string? email, UserSessionTokens tokens, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var record = new UserSessionRecord
        {
            Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            Subject = subject,
            Email = email,
            ProtectedAccessToken = _protector.Protect(tokens.AccessToken),
            ProtectedRefreshToken = tokens.RefreshToken is null ? null : _protector.Protect(tokens.RefreshToken),
            AccessTokenExpiresAt = tokens.ExpiresAt,
            CreatedAt = now,
            UpdatedAt = now,
        };

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.UserSessions.Add(record);
        await context.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    public async Task<bool> ExistsAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.UserSessions.AnyAsync(s => s.Id == sessionId, cancellationToken);
    }

    /// <summary>
    /// The session's tokens as read from the database at most <see cref="TokenReuse"/> ago (see the class remarks), or
    /// null when the session does not exist. For a refresh decision read <see cref="GetTokensAsync"/> instead.
    /// </summary>
    public async Task<UserSessionTokens?> GetRecentTokensAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (_recent.TryGetValue(sessionId, out var recent) && timeProvider.GetUtcNow() - recent.ReadAt < TokenReuse) return recent.Tokens;
        return await GetTokensAsync(sessionId, cancellationToken);
    }

    /// <summary>The session's tokens, or null when the session does not exist (or its tokens can no longer be unprotected).</summary>
    public async Task<UserSessionTokens?> GetTokensAsync(string sessionId, CancellationToken cancellationToken)
    {
        var readAt = timeProvider.GetUtcNow();
        var removals = Interlocked.Read(ref _removals);
        var tokens = await ReadTokensAsync(sessionId, cancellationToken);
        if (tokens is null) _recent.TryRemove(sessionId, out _);
        else Remember(sessionId, tokens, readAt, removals);
        return tokens;
    }

    private async Task<UserSessionTokens?> ReadTokensAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await context.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        try
        {
            return new UserSessionTokens(
                _protector.Unprotect(record.ProtectedAccessToken),
                record.ProtectedRefreshToken is null ? null : _protector.Unprotect(record.ProtectedRefreshToken),
                record.AccessTokenExpiresAt);
        }
        catch (CryptographicException)
        {
            // The key ring lost the key (e.g. the data folder was wiped): the session is unusable.
            return null;
        }
    }

    /// <summary>Replaces the tokens after a refresh. Returns false when the session was removed meanwhile.</summary>
    public async Task<bool> UpdateTokensAsync(string sessionId, UserSessionTokens tokens, CancellationToken cancellationToken)
    {
        var removals = Interlocked.Read(ref _removals);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await context.UserSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (record is null)
        {
            return false;
        }

        record.ProtectedAccessToken = _protector.Protect(tokens.AccessToken);
        record.ProtectedRefreshToken = tokens.RefreshToken is null ? null : _protector.Protect(tokens.RefreshToken);
        record.AccessTokenExpiresAt = tokens.ExpiresAt;
        record.UpdatedAt = timeProvider.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        Remember(sessionId, tokens, record.UpdatedAt, removals);
        return true;
    }

    /// <summary>How stale <c>UpdatedAt</c> may get before <see cref="ValidateAsync"/> writes it again.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether the session exists, recording that it is in use (its cookie was just accepted, or its circuit revalidated):
    /// moves <c>UpdatedAt</c> to now when it is more than <see cref="TouchInterval"/> old, so a session idle for longer than
    /// the cookie's idle timeout can be purged. One read per call; a write only every <see cref="TouchInterval"/>.
    /// </summary>
    public async Task<bool> ValidateAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await context.UserSessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.UpdatedAt }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            _recent.TryRemove(sessionId, out _);
            return false;
        }
        if (found.UpdatedAt <= now - TouchInterval)
        {
            await context.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedAt, now), cancellationToken);
        }
        return true;
    }

    /// <summary>The most recently used session of the person with this e-mail, or null (for work resumed on their behalf).</summary>
    public async Task<string?> FindLatestSessionIdAsync(string email, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sessions = await context.UserSessions.AsNoTracking().Where(s => s.Email == email).Select(s => new { s.Id, s.UpdatedAt }).ToListAsync(cancellationToken);
        return sessions.OrderByDescending(s => s.UpdatedAt).FirstOrDefault()?.Id;
    }

    public async Task RemoveAsync(string sessionId, CancellationToken cancellationToken)
    {
        Forget(sessionId);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
        Forget(sessionId);
    }

    private void Forget(string sessionId)
    {
        Interlocked.Increment(ref _removals);
        _recent.TryRemove(sessionId, out _);
    }

    // Remembers tokens read (or written) at readAt, unless a session was removed since the read began: that read may
    // predate the removal, and a removed session's tokens are never reused.
    private void Remember(string sessionId, UserSessionTokens tokens, DateTimeOffset readAt, long removalsBefore)
    {
        if (_recent.Count >= RecentLimit)
        {
            var stale = timeProvider.GetUtcNow() - TokenReuse;
            foreach (var (id, recent) in _recent)
            {
                if (recent.ReadAt <= stale) _recent.TryRemove(new KeyValuePair<string, RecentTokens>(id, recent));
            }
        }
        var entry = new RecentTokens(tokens, readAt);
        _recent[sessionId] = entry;
        if (Interlocked.Read(ref _removals) != removalsBefore) _recent.TryRemove(new KeyValuePair<string, RecentTokens>(sessionId, entry));
    }

    private sealed record RecentTokens(UserSessionTokens Tokens, DateTimeOffset ReadAt);
}
