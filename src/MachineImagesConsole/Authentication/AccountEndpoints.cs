using MachineImagesConsole.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Authentication;

/// <summary><c>GET /account/signin</c> (challenge) and <c>POST /account/signout</c> (antiforgery-protected form).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapConsoleAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");

        account.MapGet("/signin", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous();

        account.MapPost("/signout", SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// The return URL when it is a local path, else "/" (no open redirects). Local as ASP.NET Core's <c>IsLocalUrl</c>
    /// means it (starts with one "/", never "//" or "/\\", no control character), and stricter: no backslash anywhere, no
    /// whitespace or dot segment in the path, and the path stays so after percent-decoding again (up to three times), so
    /// an encoded tab, "//" or "\\" cannot turn into a host in a browser or further down the line.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) => IsLocalReturnUrl(returnUrl) ? returnUrl! : "/";

    private static bool IsLocalReturnUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2048) return false;
        if (url.Any(c => char.IsControl(c) || c == '\\')) return false;
        var path = url[..(url.IndexOfAny(['?', '#']) is var end and >= 0 ? end : url.Length)];
        for (var round = 0; round < 4; round++)
        {
            if (!IsPlainLocalPath(path)) return false;
            string decoded;
            try
            {
                decoded = Uri.UnescapeDataString(path);
            }
            catch (UriFormatException)
            {
                return false;
            }
            if (decoded == path) return true;
            path = decoded;
        }
        return false; // still changing after three decodings: an encoded trick
    }

    private static bool IsPlainLocalPath(string path)
    {
        if (path.Length == 0 || path[0] != '/') return false;
        if (path.Length > 1 && path[1] is '/' or '\\') return false;
        if (path.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')) return false;
        return !path.Split('/').Any(segment => segment is "." or "..");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, UserSessionStore sessions, SessionConnections connections, IOptions<ConsoleOptions> options, IOptionsMonitor<OpenIdConnectOptions> oidc)
    {
        // Checked here, not only by the middleware: an endpoint without form binding does not enforce its verdict.
        var verdict = context.Features.Get<IAntiforgeryValidationFeature>();
        if (verdict is { IsValid: false } || (verdict is null && !await antiforgery.IsRequestValidAsync(context)))
        {
            // A body of its own, so status-code pages do not re-execute the (still invalid) POST.
            return Results.Problem("The sign-out form has expired. Reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
        }

        var sessionId = context.User.FindFirst(ConsoleClaimTypes.SessionId)?.Value;
        if (sessionId is not null)
        {
            await sessions.RemoveAsync(sessionId, context.RequestAborted);
            // Other tabs' circuits and hub connections of this session end now, not at their next revalidation.
            await connections.EndAsync(sessionId);
        }

        var properties = new AuthenticationProperties { RedirectUri = "/account/signed-out" };
        var schemes = new List<string> { CookieAuthenticationDefaults.AuthenticationScheme };
        if (!options.Value.IsGoogleMode && await HasEndSessionEndpointAsync(oidc, context.RequestAborted))
        {
            schemes.Add(OpenIdConnectDefaults.AuthenticationScheme);
        }

        return Results.SignOut(properties, schemes);
    }

    private static async Task<bool> HasEndSessionEndpointAsync(IOptionsMonitor<OpenIdConnectOptions> oidc, CancellationToken cancellationToken)
    {
        try
        {
            var configuration = await oidc.Get(OpenIdConnectDefaults.AuthenticationScheme).ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            return !string.IsNullOrEmpty(configuration.EndSessionEndpoint);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
