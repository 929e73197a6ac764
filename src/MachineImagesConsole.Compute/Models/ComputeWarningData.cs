using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

[DiscoverySchema("DiskList.warning.data[]")]
public sealed class ComputeWarningData
{
    /// <summary>[Output Only] A key that provides more detail on the warning being returned.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>[Output Only] A warning data value corresponding to the key.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
