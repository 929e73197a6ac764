using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>requestId handling and operation creation shared by every mutating handler.</summary>
public static class OperationStarter
{
    public static readonly TimeSpan RequestIdWindow = TimeSpan.FromMinutes(60);

    /// <summary>
    /// Takes the write lock, validates <c>requestId</c>, and returns the operation a previous request with the same id
    /// started within 60 minutes (the caller then returns it and does nothing else), or null.
    /// </summary>
    public static async Task<JsonObject?> BeginAsync(ComputeCall call)
    {
        var requestId = RequestId(call);
        await call.LockAsync();
        if (requestId is null) return null;
        var seen = await call.Db.RequestIds.FindAsync([call.Project, requestId], call.Aborted);
        if (seen is null) return null;
        if (seen.CreatedTicks < (call.Now - RequestIdWindow).UtcTicks)
        {
            call.Db.RequestIds.Remove(seen);
            return null;
        }
        var op = await call.Db.Operations.FindAsync([seen.OperationKey], call.Aborted);
        return op is null ? null : (JsonObject)JsonNode.Parse(op.Json)!;
    }

    public static string? RequestId(ComputeCall call)
    {
        var raw = call.Query("requestId");
        if (raw is null) return null;
        if (!Guid.TryParse(raw, out var id) || id == Guid.Empty)
            throw GoogleErrors.InvalidField("requestId", raw, "The requestId must be a valid UUID with the exception that zero UUID is not supported.");
        return raw;
    }

    /// <summary>Creates the operation, saves everything the handler staged, and returns the Operation JSON.</summary>
    public static async Task<JsonObject> StartAsync(ComputeCall call, OperationPlan plan)
    {
        var op = await call.Engine.CreateAsync(call.Db, plan, call.Caller.Email, RequestId(call), call.Aborted);
        await call.Db.SaveChangesAsync(call.Aborted);
        call.Http.RequestServices.GetRequiredService<OperationSignal>().Pulse();
        return (JsonObject)JsonNode.Parse(op.Json)!;
    }
}
