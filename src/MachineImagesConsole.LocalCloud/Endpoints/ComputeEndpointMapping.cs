using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>Maps <see cref="ComputeRoutes.All"/> under <c>/compute/v1/</c>: authentication, Google error JSON, response writing.</summary>
public static class ComputeEndpointMapping
{
    public const string BasePath = "/compute/v1/";

    public static IEndpointRouteBuilder MapComputeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var route in ComputeRoutes.All)
        {
            endpoints.MapMethods(BasePath + route.Path, [route.HttpMethod], (HttpContext http) => HandleAsync(http, route.Handler))
                .WithName(route.MethodId)
                .ExcludeFromDescription();
        }
        return endpoints;
    }

    /// <summary>Runs a handler with an authenticated caller; <see cref="ComputeException"/> becomes Google's error JSON.</summary>
    public static async Task HandleAsync(HttpContext http, Func<ComputeCall, Task<JsonNode?>> handler)
    {
        try
        {
            var caller = await ComputeAuthentication.AuthenticateAsync(http);
            var db = http.RequestServices.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<LocalCloudDbContext>>().CreateDbContext();
            await using var call = new ComputeCall(http, caller, db);
            var result = await handler(call);
            await ComputeJson.WriteAsync(http, result, result is null ? StatusCodes.Status204NoContent : StatusCodes.Status200OK);
        }
        catch (ComputeException e)
        {
            await ComputeJson.WriteErrorAsync(http, e);
        }
    }
}
