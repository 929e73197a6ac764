using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Metadata</summary>
[DiscoverySchema("Metadata.items[]")]
public sealed class MetadataItem
{
    /// <summary>Key for the metadata entry.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Value for the metadata entry.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
