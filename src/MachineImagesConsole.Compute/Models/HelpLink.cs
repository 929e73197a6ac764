using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Describes a URL link.</summary>
public sealed class HelpLink
{
    /// <summary>Describes what the link offers.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>The URL of the link.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
