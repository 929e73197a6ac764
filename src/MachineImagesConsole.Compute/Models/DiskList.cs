using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A list of Disk resources.</summary>
public sealed class DiskList : IComputeList<Disk>
{
    /// <summary>[Output Only] Unique identifier for the resource; defined by the server.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>A list of Disk resources.</summary>
    [JsonPropertyName("items")]
    public List<Disk>? Items { get; set; }

    /// <summary>[Output Only] Type of resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>[Output Only] This token allows you to get the next page of results for list requests.</summary>
    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; set; }

    /// <summary>[Output Only] Server-defined URL for this resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>[Output Only] Informational warning message.</summary>
    [JsonPropertyName("warning")]
    public ComputeWarning? Warning { get; set; }

    IReadOnlyList<Disk> IComputeList<Disk>.Items => (IReadOnlyList<Disk>?)Items ?? [];

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
