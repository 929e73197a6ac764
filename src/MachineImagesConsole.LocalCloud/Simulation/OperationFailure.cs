namespace MachineImagesConsole.LocalCloud.Simulation;

/// <summary>Why an operation finished with an <c>error</c> (code is UPPER_SNAKE, as in Compute's Operation.error).</summary>
public sealed record OperationFailure(string Code, string Message, int HttpStatus, string HttpMessage)
{
    public static OperationFailure NotFound(string path) => new("RESOURCE_NOT_FOUND", $"The resource '{path}' was not found", 404, "NOT FOUND");

    /// <summary>A stockout: the zone has no capacity for the VM (see <c>Simulation:StockoutZones</c>).</summary>
    public static OperationFailure ZoneResourcePoolExhausted(string zonePath) => new(
        "ZONE_RESOURCE_POOL_EXHAUSTED",
        $"The zone '{zonePath}' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.",
        503,
        "SERVICE UNAVAILABLE");
}
