using MachineImagesConsole.Configuration;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// Refuses (403) a request to <c>/_blazor</c> or <c>/hubs</c> whose <c>Origin</c> is not the console's public URL, so
/// another site cannot open a circuit or hub connection with a visitor's cookie (cross-site WebSocket hijacking).
/// Requests without <c>Origin</c> (scripts, non-browser clients) pass: a browser always sends it on these requests.
/// </summary>
public static class RealtimeOriginCheck
{
    private static readonly PathString Blazor = new("/_blazor");

    public static IApplicationBuilder UseRealtimeOriginCheck(this IApplicationBuilder app)
    {
        var endpoints = app.ApplicationServices.GetRequiredService<ConsoleEndpoints>();
        var expected = endpoints.PublicUrl.GetLeftPart(UriPartial.Authority);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RealtimeOriginCheck));
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if ((request.Path.StartsWithSegments(Blazor, StringComparison.OrdinalIgnoreCase) || HubRequests.Is(request))
                && request.Headers.Origin is { Count: > 0 } origin
                && !IsAllowed(origin.ToString(), expected))
            {
                logger.LogWarning("Refused a {Path} request from origin {Origin}.", request.Path.Value, origin.ToString());
                HubRequests.Refuse(context, StatusCodes.Status403Forbidden);
                return;
            }
            await next(context);
        });
    }

    /// <summary>True when <paramref name="origin"/> is exactly the console's public origin (scheme, host, port).</summary>
    public static bool IsAllowed(string origin, string expected)
        => Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.GetLeftPart(UriPartial.Authority), expected, StringComparison.OrdinalIgnoreCase);
}
