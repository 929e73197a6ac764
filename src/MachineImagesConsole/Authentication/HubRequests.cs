using Microsoft.AspNetCore.Diagnostics;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// Requests to SignalR hubs (<c>/hubs/*</c>) come from scripts and other tabs' clients, not a person's browser
/// navigation: they get a plain 401 or 403, never a redirect to the issuer's sign-in page, the access-denied page or
/// the console's status-code page.
/// </summary>
internal static class HubRequests
{
    public static readonly PathString Prefix = new("/hubs");

    public static bool Is(HttpRequest request) => request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Answers with <paramref name="statusCode"/> and an empty body.</summary>
    public static void Refuse(HttpContext context, int statusCode)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        context.Response.StatusCode = statusCode;
    }
}
