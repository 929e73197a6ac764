using MachineImagesConsole.Compute.Credentials;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// The signed-in person's Compute access token, for this circuit (scoped). Reads the session id from the circuit's
/// <see cref="AuthenticationStateProvider"/> (never from <c>IHttpContextAccessor</c>) and gets the session's token from
/// <see cref="UserSessionAccessTokens"/>, which refreshes it shortly before it expires. When the
/// session is gone or cannot be refreshed it throws <see cref="ReauthenticationRequiredException"/>. It is the Compute
/// client's per-user <see cref="IAccessTokenProvider"/> (scoped).
/// </summary>
public sealed class UserAccessTokenProvider(AuthenticationStateProvider authenticationState, UserSessionAccessTokens tokens) : IAccessTokenProvider
{
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        var sessionId = state.User.FindFirst(ConsoleClaimTypes.SessionId)?.Value
            ?? throw new ReauthenticationRequiredException("You are not signed in.");
        return await tokens.GetAccessTokenAsync(sessionId, cancellationToken);
    }
}
