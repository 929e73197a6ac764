using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A specification of the parameters to use when creating the instance template from a source instance.</summary>
public sealed class SourceInstanceParams
{
    /// <summary>Attached disks configuration.</summary>
    [JsonPropertyName("diskConfigs")]
    public List<DiskInstantiationConfig>? DiskConfigs { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
