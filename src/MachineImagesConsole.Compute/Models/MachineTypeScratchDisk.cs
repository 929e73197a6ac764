using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

[DiscoverySchema("MachineType.scratchDisks[]")]
public sealed class MachineTypeScratchDisk
{
    /// <summary>Size of the scratch disk, defined in GB.</summary>
    [JsonPropertyName("diskGb")]
    public int? DiskGb { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
