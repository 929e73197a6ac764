using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>snapshots.get/list</c> (global).</summary>
public static class SnapshotsEndpoints
{
    public static Task<JsonNode?> GetAsync(ComputeCall call) =>
        StoredResources.GetAsync(call, "global", "snapshots", "snapshot", "compute.snapshots.get");

    public static Task<JsonNode?> ListAsync(ComputeCall call) =>
        StoredResources.ListAsync(call, "global", "snapshots", "compute#snapshotList", "compute.snapshots.list");
}
