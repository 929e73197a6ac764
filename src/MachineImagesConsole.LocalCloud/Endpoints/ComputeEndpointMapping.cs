using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Faults;
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
            endpoints.MapMethods(BasePath + route.Path, [route.HttpMethod], (HttpContext http) => HandleAsync(http, route.MethodId, route.Handler))
                .WithName(route.MethodId)
                .ExcludeFromDescription();
        }
        return endpoints;
    }

    /// <summary>
    /// Runs a handler with an authenticated caller; <see cref="ComputeException"/> becomes Google's error JSON. A fault the
    /// <see cref="FaultInjector"/> picks for <paramref name="methodId"/> is applied before the handler runs, or after it has
    /// committed (its store context and write lock released) and before the reply is written.
    /// </summary>
    public static async Task HandleAsync(HttpContext http, string methodId, Func<ComputeCall, Task<JsonNode?>> handler)
    {
        var fault = http.RequestServices.GetRequiredService<FaultInjector>().Next(methodId, http.Request.Path + http.Request.QueryString);
        switch (fault?.Kind)
        {
            case FaultKind.ErrorBeforeCommit:
                await ComputeJson.WriteErrorAsync(http, InjectedErrors.For(fault));
                return;
            case FaultKind.DropBeforeCommit:
                http.Abort();
                return;
            case FaultKind.Delay:
                await Task.Delay(fault.Delay, http.RequestAborted);
                break;
        }

        JsonNode? result = null;
        ComputeException? error = null;
        try
        {
            var caller = await ComputeAuthentication.AuthenticateAsync(http);
            var db = http.RequestServices.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<LocalCloudDbContext>>().CreateDbContext();
            await using var call = new ComputeCall(http, caller, db);
            result = await handler(call);
        }
        catch (ComputeException e)
        {
            error = e;
        }

        switch (fault?.Kind)
        {
            case FaultKind.ErrorAfterCommit:
                error = InjectedErrors.For(fault);
                break;
            case FaultKind.DropAfterCommit:
                http.Abort();
                return;
            case FaultKind.DelayAfterCommit:
                await Task.Delay(fault.Delay, http.RequestAborted);
                break;
        }

        if (error is not null) await ComputeJson.WriteErrorAsync(http, error);
        else await ComputeJson.WriteAsync(http, result, result is null ? StatusCodes.Status204NoContent : StatusCodes.Status200OK);
    }
}
