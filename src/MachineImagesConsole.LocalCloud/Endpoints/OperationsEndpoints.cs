using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Seed;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>globalOperations</c>, <c>regionOperations</c> and <c>zoneOperations</c>: get, list, wait, delete; plus the aggregated list.</summary>
public static class OperationsEndpoints
{
    public static Task<JsonNode?> GetGlobalAsync(ComputeCall call) => GetAsync(call, "global", "globalOperations", wait: false);
    public static Task<JsonNode?> WaitGlobalAsync(ComputeCall call) => GetAsync(call, "global", "globalOperations", wait: true);
    public static Task<JsonNode?> ListGlobalAsync(ComputeCall call) => ListAsync(call, "global", "globalOperations");
    public static Task<JsonNode?> DeleteGlobalAsync(ComputeCall call) => DeleteAsync(call, "global", "globalOperations");

    public static Task<JsonNode?> GetZoneAsync(ComputeCall call) => GetAsync(call, StoredResources.ZoneScope(call), "zoneOperations", wait: false);
    public static Task<JsonNode?> WaitZoneAsync(ComputeCall call) => GetAsync(call, StoredResources.ZoneScope(call), "zoneOperations", wait: true);
    public static Task<JsonNode?> ListZoneAsync(ComputeCall call) => ListAsync(call, StoredResources.ZoneScope(call), "zoneOperations");
    public static Task<JsonNode?> DeleteZoneAsync(ComputeCall call) => DeleteAsync(call, StoredResources.ZoneScope(call), "zoneOperations");

    public static Task<JsonNode?> GetRegionAsync(ComputeCall call) => GetAsync(call, StoredResources.RegionScope(call), "regionOperations", wait: false);
    public static Task<JsonNode?> WaitRegionAsync(ComputeCall call) => GetAsync(call, StoredResources.RegionScope(call), "regionOperations", wait: true);
    public static Task<JsonNode?> ListRegionAsync(ComputeCall call) => ListAsync(call, StoredResources.RegionScope(call), "regionOperations");
    public static Task<JsonNode?> DeleteRegionAsync(ComputeCall call) => DeleteAsync(call, StoredResources.RegionScope(call), "regionOperations");

    public static async Task<JsonNode?> AggregatedListAsync(ComputeCall call)
    {
        await call.RequireAsync("compute.globalOperations.list", $"projects/{call.Project}");
        var records = await call.Db.Operations.Where(o => o.Project == call.Project && !o.Hidden).ToListAsync(call.Aborted);
        var page = ComputeLists.Apply(call, records.Select(r => (JsonObject)JsonNode.Parse(r.Json)!));
        var scopes = new List<string> { "global" };
        scopes.AddRange(WorldCatalog.RegionZones.Keys.Select(r => "regions/" + r));
        scopes.AddRange(WorldCatalog.Zones.Select(z => "zones/" + z));
        var items = new JsonObject();
        foreach (var scope in scopes)
        {
            var inScope = page.Items.Where(d => ScopeOf(d) == scope).ToList();
            items[scope] = inScope.Count > 0
                ? new JsonObject { ["operations"] = new JsonArray([.. inScope.Select(d => (JsonNode)d.DeepClone())]) }
                : new JsonObject
                {
                    ["warning"] = new JsonObject
                    {
                        ["code"] = "NO_RESULTS_ON_PAGE",
                        ["message"] = $"There are no results for scope '{scope}' on this page.",
                        ["data"] = new JsonArray(new JsonObject { ["key"] = "scope", ["value"] = scope }),
                    },
                };
        }
        var body = new JsonObject { ["kind"] = "compute#operationAggregatedList", ["id"] = $"projects/{call.Project}/aggregated/operations", ["items"] = items };
        if (page.NextPageToken is not null) body["nextPageToken"] = page.NextPageToken;
        body["selfLink"] = StoredLinks.Compute($"projects/{call.Project}/aggregated/operations");
        return body;
    }

    private static string ScopeOf(JsonObject op)
    {
        var link = (string?)op["zone"] ?? (string?)op["region"];
        if (link is null) return "global";
        var parts = link.Split('/');
        return parts[^2] + "/" + parts[^1];
    }

    private static async Task<JsonNode?> GetAsync(ComputeCall call, string scope, string permissionPrefix, bool wait)
    {
        var name = call.Route("operation");
        var path = $"projects/{call.Project}/{scope}/operations/{name}";
        await call.RequireAsync($"compute.{permissionPrefix}.get", path);
        var signal = call.Http.RequestServices.GetRequiredService<OperationSignal>();
        var deadline = call.Now + TimeSpan.FromSeconds(call.Options.Simulation.MaxWaitSeconds);
        while (true)
        {
            var changed = signal.Changed;
            var op = await FindAsync(call, scope, name) ?? throw GoogleErrors.NotFound(path);
            if (!wait || op.Done) return JsonNode.Parse(op.Json);
            var remaining = deadline - call.Now;
            if (remaining <= TimeSpan.Zero) return JsonNode.Parse(op.Json);
            call.Db.ChangeTracker.Clear();
            await Task.WhenAny(changed, Task.Delay(remaining, call.Time, call.Aborted));
            call.Aborted.ThrowIfCancellationRequested();
        }
    }

    private static async Task<JsonNode?> ListAsync(ComputeCall call, string scope, string permissionPrefix)
    {
        await call.RequireAsync($"compute.{permissionPrefix}.list", $"projects/{call.Project}");
        var records = await call.Db.Operations.Where(o => o.Project == call.Project && o.Scope == scope && !o.Hidden).ToListAsync(call.Aborted);
        return ComputeLists.List(call, "compute#operationList", $"projects/{call.Project}/{scope}/operations", records.Select(r => (JsonObject)JsonNode.Parse(r.Json)!));
    }

    /// <summary>Removes the operation record (the work itself is not cancelled). Empty 204 response.</summary>
    private static async Task<JsonNode?> DeleteAsync(ComputeCall call, string scope, string permissionPrefix)
    {
        var name = call.Route("operation");
        var path = $"projects/{call.Project}/{scope}/operations/{name}";
        await call.LockAsync();
        await call.RequireAsync($"compute.{permissionPrefix}.delete", path);
        var op = await FindAsync(call, scope, name) ?? throw GoogleErrors.NotFound(path);
        op.Hidden = true;
        await call.Db.SaveChangesAsync(call.Aborted);
        return null;
    }

    private static async Task<OperationRecord?> FindAsync(ComputeCall call, string scope, string nameOrId)
    {
        OperationRecord? op;
        if (nameOrId.All(char.IsAsciiDigit) && long.TryParse(nameOrId, out var id))
            op = await call.Db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.Project == call.Project && o.Scope == scope, call.Aborted);
        else
            op = await call.Db.Operations.FirstOrDefaultAsync(o => o.Key == ResourceRecord.MakeKey(call.Project, scope, "operations", nameOrId), call.Aborted);
        return op is { Hidden: false } ? op : null;
    }
}
