using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Machine Image parameters.</summary>
public sealed class MachineImageParams
{
    /// <summary>Input only.</summary>
    [JsonPropertyName("resourceManagerTags")]
    public Dictionary<string, string>? ResourceManagerTags { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
