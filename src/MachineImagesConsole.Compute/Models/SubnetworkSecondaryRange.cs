using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a secondary IP range of a subnetwork.</summary>
public sealed class SubnetworkSecondaryRange
{
    /// <summary>The range of IP addresses belonging to this subnetwork secondary range.</summary>
    [JsonPropertyName("ipCidrRange")]
    public string? IpCidrRange { get; set; }

    /// <summary>The name associated with this subnetwork secondary range, used when adding an alias IP range to a VM instance.</summary>
    [JsonPropertyName("rangeName")]
    public string? RangeName { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
