using System.Text.Json;
using System.Text.Json.Serialization;
using MachineImagesConsole.LocalCloud.Endpoints;

namespace MachineImagesConsole.LocalCloud.Faults;

/// <summary>
/// <c>/localcloud/test/faults</c> (test control only): PUT a <c>{"rules":[…],"seed":1}</c> body to replace the rules,
/// GET what is configured and what fired, DELETE to stop injecting. For tests that run LocalCloud out of process.
/// </summary>
public static class FaultControlEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IEndpointRouteBuilder MapFaultControlEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/localcloud/test/faults", async (HttpContext http, FaultInjector injector) =>
        {
            FaultSettings? settings;
            try
            {
                settings = await JsonSerializer.DeserializeAsync<FaultSettings>(http.Request.Body, Json, http.RequestAborted);
            }
            catch (JsonException e)
            {
                return Results.Json(GoogleErrors.Body(GoogleErrors.ParseError(e.Message)), statusCode: 400);
            }
            var options = new FaultOptions { Seed = settings?.Seed };
            foreach (var rule in settings?.Rules ?? []) options.Rules.Add(rule);
            var errors = options.Validate("rules");
            if (errors.Count > 0) return Results.Json(GoogleErrors.Body(GoogleErrors.Invalid(string.Join(" ", errors))), statusCode: 400);
            injector.Configure(options);
            return Results.Json(Describe(injector), Json);
        }).ExcludeFromDescription();

        endpoints.MapGet("/localcloud/test/faults", (FaultInjector injector) => Results.Json(Describe(injector), Json)).ExcludeFromDescription();

        endpoints.MapDelete("/localcloud/test/faults", (FaultInjector injector) =>
        {
            injector.Clear();
            return Results.Json(Describe(injector), Json);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static object Describe(FaultInjector injector)
    {
        var firings = injector.Firings;
        return new
        {
            enabled = injector.Enabled,
            counts = injector.Counts,
            fired = firings.GroupBy(f => f.Kind).ToDictionary(g => g.Key.ToString(), g => g.Count()),
            total = firings.Count,
        };
    }

    private sealed record FaultSettings(List<FaultRule>? Rules, int? Seed);
}
