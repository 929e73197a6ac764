using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace MachineImagesConsole.Authentication;

/// <summary>Every few minutes, checks that the circuit's server-side session still exists; if not, the circuit becomes signed out.</summary>
internal sealed class UserSessionRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, UserSessionStore sessions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(5);

    /// <summary>The session was signed out elsewhere: this circuit becomes anonymous now, not at the next revalidation.</summary>
    public void EndSession() => SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var sessionId = authenticationState.User.FindFirstValue(ConsoleClaimTypes.SessionId);
        // An open circuit keeps its session in use.
        return sessionId is not null && await sessions.ValidateAsync(sessionId, cancellationToken);
    }
}
