using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>[Output Only] Informational warning message.</summary>
[DiscoverySchema("DiskList.warning")]
public sealed class ComputeWarning
{
    /// <summary>[Output Only] A warning code, if applicable.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>[Output Only] Metadata about this warning in key: value format.</summary>
    [JsonPropertyName("data")]
    public List<ComputeWarningData>? Data { get; set; }

    /// <summary>[Output Only] A human-readable description of the warning code.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
