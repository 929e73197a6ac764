using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>networks.get/list</c> (global VPC networks).</summary>
public static class NetworksEndpoints
{
    public static Task<JsonNode?> GetAsync(ComputeCall call) =>
        StoredResources.GetAsync(call, "global", "networks", "network", "compute.networks.get");

    public static Task<JsonNode?> ListAsync(ComputeCall call) =>
        StoredResources.ListAsync(call, "global", "networks", "compute#networkList", "compute.networks.list");
}
