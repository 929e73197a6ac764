using System.Net;
using System.Security.Claims;
using System.Text;
using MachineImagesConsole.LocalCloud.Hosting;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace MachineImagesConsole.LocalCloud.Identity;

/// <summary>
/// LocalCloud's demo sign-in: the authorization endpoint shows a chooser of the configured people (no passwords),
/// the token endpoint issues tokens for codes, refresh tokens and the automation client, plus userinfo and end-session.
/// </summary>
public static class IdentityEndpoints
{
    public const string CookieScheme = "LocalCloud.Session";

    /// <summary>LocalCloud's icon: a cloud-blue square with two stacked disks.</summary>
    private const string FaviconSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#34a853\"/><rect x=\"7\" y=\"9\" width=\"18\" height=\"5\" rx=\"1\" fill=\"#fff\"/><rect x=\"7\" y=\"18\" width=\"18\" height=\"5\" rx=\"1\" fill=\"#fff\" opacity=\".7\"/></svg>";

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).ExcludeFromDescription();
        endpoints.MapPost("/connect/token", TokenAsync).ExcludeFromDescription();
        endpoints.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)UserInfoAsync).ExcludeFromDescription();
        endpoints.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)EndSessionAsync).ExcludeFromDescription();
        // The sign-in page's icon (and the one browsers ask for by default), so a sign-in logs no 404.
        endpoints.MapGet("/favicon.svg", () => Results.Text(FaviconSvg, "image/svg+xml")).ExcludeFromDescription();
        endpoints.MapGet("/favicon.ico", () => Results.Text(FaviconSvg, "image/svg+xml")).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, IOptions<LocalCloudOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var people = options.Value.People.Values;

        PersonOptions? person = null;
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType)
        {
            var chosen = (await http.Request.ReadFormAsync(http.RequestAborted))["person"].ToString();
            person = people.FirstOrDefault(p => string.Equals(p.Email, chosen, StringComparison.OrdinalIgnoreCase));
        }
        else if (!request.HasPromptValue(PromptValues.Login) && !request.HasPromptValue(PromptValues.SelectAccount))
        {
            var session = await http.AuthenticateAsync(CookieScheme);
            var email = session.Principal?.FindFirst(Claims.Email)?.Value;
            person = people.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase));
        }

        if (person is null)
        {
            if (request.HasPromptValue(PromptValues.None))
                return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Nobody is signed in to LocalCloud.",
                }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            return Results.Content(ChooserPage(http, people), "text/html; charset=utf-8");
        }

        var cookieIdentity = new ClaimsIdentity([new Claim(Claims.Email, person.Email)], CookieScheme);
        await http.SignInAsync(CookieScheme, new ClaimsPrincipal(cookieIdentity));
        var principal = PersonPrincipal(person, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, IOptions<LocalCloudOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (request.IsClientCredentialsGrantType())
        {
            var automation = options.Value.Automation;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId ?? automation.ClientId);
            identity.SetClaim(Claims.Email, automation.ServiceAccountEmail);
            identity.SetClaim(Claims.Name, automation.ServiceAccountEmail);
            identity.SetClaim(LocalCloudClaims.PrincipalType, "serviceAccount");
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var email = result.Principal?.FindFirst(Claims.Email)?.Value;
            var person = options.Value.People.Values.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase));
            if (person is null)
                return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person is no longer configured in LocalCloud.",
                }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            return Results.SignIn(PersonPrincipal(person, result.Principal!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Results.BadRequest(new { error = Errors.UnsupportedGrantType });
    }

    private static async Task<IResult> UserInfoAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is null) return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        var claims = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [Claims.Subject] = result.Principal.GetClaim(Claims.Subject),
            [Claims.Email] = result.Principal.GetClaim(Claims.Email),
            [Claims.EmailVerified] = true,
            [Claims.Name] = result.Principal.GetClaim(Claims.Name),
            [LocalCloudClaims.Roles] = result.Principal.GetClaims(LocalCloudClaims.Roles).ToArray(),
        };
        return Results.Ok(claims);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static ClaimsPrincipal PersonPrincipal(PersonOptions person, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, LocalCloudClaims.Roles);
        identity.SetClaim(Claims.Subject, person.Email);
        identity.SetClaim(Claims.Email, person.Email);
        identity.SetClaim(Claims.EmailVerified, true);
        identity.SetClaim(Claims.Name, person.Name);
        identity.SetClaim(LocalCloudClaims.PrincipalType, "user");
        identity.AddClaim(new Claim(LocalCloudClaims.Roles, person.ConsoleRole));
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Email or Claims.Name or LocalCloudClaims.Roles or Claims.EmailVerified => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    private static string ChooserPage(HttpContext http, IEnumerable<PersonOptions> people)
    {
        var hidden = new StringBuilder();
        var parameters = HttpMethods.IsGet(http.Request.Method) ? http.Request.Query.Select(q => (q.Key, q.Value.ToString()))
            : http.Request.HasFormContentType ? http.Request.Form.Where(f => f.Key != "person").Select(f => (f.Key, f.Value.ToString())) : [];
        foreach (var (key, value) in parameters)
            hidden.Append("<input type=\"hidden\" name=\"").Append(WebUtility.HtmlEncode(key)).Append("\" value=\"").Append(WebUtility.HtmlEncode(value)).Append("\">");
        var buttons = new StringBuilder();
        foreach (var p in people)
        {
            buttons.Append("<li><button type=\"submit\" name=\"person\" value=\"").Append(WebUtility.HtmlEncode(p.Email)).Append("\">")
                .Append("<strong>").Append(WebUtility.HtmlEncode(p.Name)).Append("</strong> <span>").Append(WebUtility.HtmlEncode(p.Email))
                .Append("</span> <em>").Append(WebUtility.HtmlEncode(p.ConsoleRole)).Append("</em></button></li>");
        }
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in to LocalCloud</title><link rel="icon" type="image/svg+xml" href="/favicon.svg">
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}ul{list-style:none;padding:0}
            button{width:100%;text-align:left;padding:.8rem 1rem;margin:.3rem 0;font-size:1rem;border:1px solid #888;border-radius:.4rem;background:#fff;cursor:pointer}
            button:focus,button:hover{outline:3px solid #1a73e8}span{color:#444}em{float:right;color:#1a5e20}</style></head>
            <body><main>
            <h1>Sign in to LocalCloud</h1>
            <p>This is LocalCloud's demo sign-in. There are no passwords: choose who you want to be. Never use it for real accounts.</p>
            <form method="post" action="/connect/authorize" aria-label="Choose a demo person">{{hidden}}<ul>{{buttons}}</ul></form>
            </main></body></html>
            """;
    }

    internal static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "localcloud.session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
    }
}
