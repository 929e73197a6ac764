using MachineImagesConsole.Compute.Credentials;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// The signed-in person's Compute access token, for this circuit (scoped). Reads the session id from the circuit's
/// <see cref="AuthenticationStateProvider"/> (never from <c>IHttpContextAccessor</c>), and refreshes the token
/// <see cref="RefreshMargin"/> before it expires. When the session is gone or cannot be refreshed it removes the
/// session and throws <see cref="ReauthenticationRequiredException"/>. It is the Compute client's per-user
/// <see cref="IAccessTokenProvider"/> (scoped).
/// </summary>
public sealed class UserAccessTokenProvider(
    AuthenticationStateProvider authenticationState,
    UserSessionStore sessions,
    IRefreshTokenGrant refreshGrant,
    SessionRefreshLocks locks,
    TimeProvider timeProvider) : IAccessTokenProvider
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(2);

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        var sessionId = state.User.FindFirst(ConsoleClaimTypes.SessionId)?.Value
            ?? throw new ReauthenticationRequiredException("You are not signed in.");

        var tokens = await sessions.GetTokensAsync(sessionId, cancellationToken) ?? throw new ReauthenticationRequiredException();
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
