using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

[DiscoverySchema("MachineType.accelerators[]")]
public sealed class MachineTypeAccelerator
{
    /// <summary>Number of accelerator cards exposed to the guest.</summary>
    [JsonPropertyName("guestAcceleratorCount")]
    public int? GuestAcceleratorCount { get; set; }

    /// <summary>The accelerator type resource name, not a full URL, e.g.</summary>
    [JsonPropertyName("guestAcceleratorType")]
    public string? GuestAcceleratorType { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
