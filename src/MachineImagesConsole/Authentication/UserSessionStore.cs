using System.Security.Cryptography;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// Server-side sign-in sessions (singleton). Each holds the person's access and refresh tokens, protected with
/// <see cref="IDataProtector"/>, keyed by a random id that the auth cookie carries as <see cref="ConsoleClaimTypes.SessionId"/>.
/// Tokens never travel to the browser.
/// </summary>
public sealed class UserSessionStore(IDbContextFactory<ConsoleDbContext> contextFactory, IDataProtectionProvider dataProtection, TimeProvider timeProvider)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("MachineImagesConsole.UserSessions.Tokens.v1");

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

    /// <summary>The session's tokens, or null when the session does not exist (or its tokens can no longer be unprotected).</summary>
    public async Task<UserSessionTokens?> GetTokensAsync(string sessionId, CancellationToken cancellationToken)
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
        return true;
    }

    /// <summary>How stale <c>UpdatedAt</c> may get before <see cref="TouchAsync"/> writes it again.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Records that the session is in use (its cookie was just accepted): moves <c>UpdatedAt</c> to now when it is more than
    /// <see cref="TouchInterval"/> old, so a session idle for longer than the cookie's idle timeout can be purged.
    /// </summary>
    public async Task TouchAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var stale = now - TouchInterval;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await context.UserSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (record is null || record.UpdatedAt > stale) return;
        record.UpdatedAt = now;
        await context.SaveChangesAsync(cancellationToken);
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
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
    }
}
