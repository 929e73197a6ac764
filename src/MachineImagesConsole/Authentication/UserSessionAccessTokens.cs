namespace MachineImagesConsole.Authentication;

/// <summary>
/// A sign-in session's Compute access token, by session id (singleton): the stored token while it is fresh, otherwise
/// refreshed (one refresh per session at a time) <see cref="RefreshMargin"/> before it expires. When the session is gone
/// or cannot be refreshed it removes the session and throws <see cref="ReauthenticationRequiredException"/>.
/// Circuits use it through <see cref="UserAccessTokenProvider"/>; code without a circuit (the operations hub) passes the
/// session id from the request's principal (<see cref="ConsoleClaimTypes.SessionId"/>).
/// </summary>
public sealed class UserSessionAccessTokens(
    UserSessionStore sessions,
    IRefreshTokenGrant refreshGrant,
    SessionRefreshLocks locks,
    TimeProvider timeProvider)
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(2);

    public async ValueTask<string> GetAccessTokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        // Tokens read moments ago (another page of the same list) are reused; a refresh decision reads them again.
        var tokens = await sessions.GetRecentTokensAsync(sessionId, cancellationToken) ?? throw new ReauthenticationRequiredException();
        if (IsFresh(tokens))
        {
            return tokens.AccessToken;
        }

        using (await locks.AcquireAsync(sessionId, cancellationToken))
        {
            // Another circuit may have refreshed while this one waited.
            tokens = await sessions.GetTokensAsync(sessionId, cancellationToken) ?? throw new ReauthenticationRequiredException();
            if (IsFresh(tokens))
            {
                return tokens.AccessToken;
            }

            if (tokens.RefreshToken is null)
            {
                await sessions.RemoveAsync(sessionId, CancellationToken.None);
                throw new ReauthenticationRequiredException();
            }

            UserSessionTokens refreshed;
            try
            {
                refreshed = await refreshGrant.RedeemAsync(tokens.RefreshToken, cancellationToken);
            }
            catch (ReauthenticationRequiredException)
            {
                await sessions.RemoveAsync(sessionId, CancellationToken.None);
                throw;
            }

            if (!await sessions.UpdateTokensAsync(sessionId, refreshed, cancellationToken))
            {
                throw new ReauthenticationRequiredException();
            }

            return refreshed.AccessToken;
        }
    }

    private bool IsFresh(UserSessionTokens tokens) => tokens.ExpiresAt - RefreshMargin > timeProvider.GetUtcNow();
}
