using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Additional instance params.</summary>
public sealed class InstanceParams
{
    /// <summary>Resource manager tags to be bound to the instance.</summary>
    [JsonPropertyName("resourceManagerTags")]
    public Dictionary<string, string>? ResourceManagerTags { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
