using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Contains output only fields.</summary>
public sealed class ResourceStatus
{
    /// <summary>[Output Only] An opaque ID of the host on which the VM is running.</summary>
    [JsonPropertyName("physicalHost")]
    public string? PhysicalHost { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
