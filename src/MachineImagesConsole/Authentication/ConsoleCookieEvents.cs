using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// Rejects a cookie whose server-side session is gone (signed out elsewhere, refresh failed, database reset), and answers
/// hub requests (<see cref="HubRequests"/>) with 401/403 instead of redirects.
/// </summary>
internal sealed class ConsoleCookieEvents(UserSessionStore sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirst(ConsoleClaimTypes.SessionId)?.Value;
        if (sessionId is null || !await sessions.ValidateAsync(sessionId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (!HubRequests.Is(context.Request)) return base.RedirectToLogin(context);
        HubRequests.Refuse(context.HttpContext, StatusCodes.Status401Unauthorized);
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (!HubRequests.Is(context.Request)) return base.RedirectToAccessDenied(context);
        HubRequests.Refuse(context.HttpContext, StatusCodes.Status403Forbidden);
        return Task.CompletedTask;
    }
}
