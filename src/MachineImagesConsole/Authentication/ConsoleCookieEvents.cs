using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MachineImagesConsole.Authentication;

/// <summary>Rejects a cookie whose server-side session is gone (signed out elsewhere, refresh failed, database reset).</summary>
internal sealed class ConsoleCookieEvents(UserSessionStore sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirst(ConsoleClaimTypes.SessionId)?.Value;
        if (sessionId is null || !await sessions.ExistsAsync(sessionId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
