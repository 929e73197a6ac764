using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>disks.get/list/aggregatedList</c> (zonal persistent disks).</summary>
public static class DisksEndpoints
{
    public static async Task<JsonNode?> GetAsync(ComputeCall call) =>
        await StoredResources.GetAsync(call, StoredResources.ZoneScope(call), "disks", "disk", "compute.disks.get");

    public static async Task<JsonNode?> ListAsync(ComputeCall call) =>
        await StoredResources.ListAsync(call, StoredResources.ZoneScope(call), "disks", "compute#diskList", "compute.disks.list");

    public static Task<JsonNode?> AggregatedListAsync(ComputeCall call) =>
        StoredResources.AggregatedZonalListAsync(call, "disks", "compute#diskAggregatedList", "compute.disks.list");
}
