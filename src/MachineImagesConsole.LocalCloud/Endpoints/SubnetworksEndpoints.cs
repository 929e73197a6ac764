using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>subnetworks.get/list</c> (regional).</summary>
public static class SubnetworksEndpoints
{
    public static async Task<JsonNode?> GetAsync(ComputeCall call) =>
        await StoredResources.GetAsync(call, StoredResources.RegionScope(call), "subnetworks", "subnetwork", "compute.subnetworks.get");

    public static async Task<JsonNode?> ListAsync(ComputeCall call) =>
        await StoredResources.ListAsync(call, StoredResources.RegionScope(call), "subnetworks", "compute#subnetworkList", "compute.subnetworks.list");
}
