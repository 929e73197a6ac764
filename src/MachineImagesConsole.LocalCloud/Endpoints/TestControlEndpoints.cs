using System.Globalization;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>Test control, mapped only when <c>LocalCloud:EnableTestControl</c> is true: advance the simulation, reset the world.</summary>
public static class TestControlEndpoints
{
    public static IEndpointRouteBuilder MapTestControlEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/localcloud/test/advance", async (HttpContext http, OperationEngine engine) =>
        {
            var stepsText = http.Request.Query["steps"].ToString();
            var steps = int.TryParse(stepsText, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is > 0 and <= 100 ? s : 1;
            var moved = await engine.StepAsync(steps, http.RequestAborted);
            return Results.Json(new { advanced = moved });
        }).ExcludeFromDescription();

        endpoints.MapPost("/localcloud/reset", async (HttpContext http, StoreInitializer initializer) =>
        {
            await initializer.ResetAsync(http.RequestAborted);
            return Results.Json(new { reset = true });
        }).ExcludeFromDescription();
        return endpoints;
    }
}
