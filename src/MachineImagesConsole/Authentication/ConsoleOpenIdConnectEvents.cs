using System.Security.Claims;
using MachineImagesConsole.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// After the issuer's tokens are validated: enforce allowed domains, resolve the console role, store the tokens
/// server-side and replace the principal with a slim one (identity, role, session id) for the cookie.
/// </summary>
internal sealed class ConsoleOpenIdConnectEvents(
    IOptions<ConsoleOptions> options,
    ConsoleEndpoints endpoints,
    ConsoleRoleResolver roles,
    UserSessionStore sessions,
    TimeProvider timeProvider,
    ILogger<ConsoleOpenIdConnectEvents> logger) : OpenIdConnectEvents
{
    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        if (HubRequests.Is(context.Request))
        {
            // A SignalR client cannot follow a sign-in redirect: tell it plainly that it is not signed in.
            HubRequests.Refuse(context.HttpContext, StatusCodes.Status401Unauthorized);
            context.HandleResponse();
            return Task.CompletedTask;
        }

        // Redirect URIs follow the configured public URL (behind proxies the request's host may differ).
        context.ProtocolMessage.RedirectUri = endpoints.SignInCallback.AbsoluteUri;
        if (options.Value.IsGoogleMode)
        {
            context.ProtocolMessage.SetParameter("access_type", "offline");
            context.ProtocolMessage.SetParameter("prompt", "consent");
            if (options.Value.Authentication.AllowedDomains.Count == 1)
            {
                context.ProtocolMessage.SetParameter("hd", options.Value.Authentication.AllowedDomains[0]);
            }
        }

        return Task.CompletedTask;
    }

    public override Task TicketReceived(TicketReceivedContext context)
    {
        // However the sign-in started (a challenge on any page or /account/signin), it ends on a local path.
        context.ReturnUri = AccountEndpoints.SafeReturnUrl(context.ReturnUri);
        return Task.CompletedTask;
    }

    public override Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        context.ProtocolMessage.PostLogoutRedirectUri = endpoints.SignOutCallback.AbsoluteUri;
        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst(ConsoleClaimTypes.Subject)?.Value;
        var email = principal.FindFirst(ConsoleClaimTypes.Email)?.Value;
        var emailVerified = principal.FindFirst("email_verified")?.Value;
        if (subject is null)
        {
            context.Fail("The ID token has no subject.");
            return;
        }

        if (!AllowedDomains.IsAllowed(options.Value.Authentication.AllowedDomains, principal.FindFirst(ConsoleClaimTypes.HostedDomain)?.Value, email, emailVerified))
        {
            logger.LogWarning("Refused a sign-in from a domain that is not allowed.");
            context.HandleResponse();
            context.Response.Redirect("/account/denied?reason=domain");
            return;
        }

        var issuer = principal.FindFirst("iss")?.Value ?? endpoints.Authority.AbsoluteUri;
        var issuerRoles = endpoints.IsLocalCloud && SameIssuer(issuer, endpoints.Authority)
            ? principal.FindAll(ConsoleClaimTypes.IssuerRoles).Select(c => c.Value)
            : [];
        var role = roles.Resolve(emailVerified == "false" ? null : email, issuerRoles);

        var response = context.TokenEndpointResponse;
        if (response?.AccessToken is null)
        {
            context.Fail("The issuer returned no access token.");
            return;
        }

        var expiresIn = int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 3600;
        var tokens = new UserSessionTokens(response.AccessToken, response.RefreshToken, timeProvider.GetUtcNow().AddSeconds(expiresIn));
        var sessionId = await sessions.CreateAsync(subject, email, tokens, context.HttpContext.RequestAborted);

        var identity = new ClaimsIdentity(context.Principal!.Identity!.AuthenticationType, ConsoleClaimTypes.Name, ConsoleRoles.ClaimType);
        identity.AddClaim(new Claim(ConsoleClaimTypes.Subject, subject));
        identity.AddClaim(new Claim(ConsoleClaimTypes.SessionId, sessionId));
        identity.AddClaim(new Claim(ConsoleClaimTypes.Issuer, issuer));
        identity.AddClaim(new Claim(ConsoleClaimTypes.Name, principal.FindFirst(ConsoleClaimTypes.Name)?.Value ?? email ?? subject));
        if (email is not null)
        {
            identity.AddClaim(new Claim(ConsoleClaimTypes.Email, email));
        }

        if (role is not null)
        {
            identity.AddClaim(new Claim(ConsoleRoles.ClaimType, role));
        }

        context.Principal = new ClaimsPrincipal(identity);
        logger.LogInformation("Signed in {Subject} with console role {Role}.", subject, role ?? "(none)");
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        logger.LogWarning(context.Failure, "Sign-in failed at the callback.");
        context.HandleResponse();
        context.Response.Redirect("/account/denied?reason=failed");
        return Task.CompletedTask;
    }

    private static bool SameIssuer(string issuer, Uri authority)
        => Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && Uri.Compare(uri, authority, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
           || string.Equals(issuer.TrimEnd('/'), authority.AbsoluteUri.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
