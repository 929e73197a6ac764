using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Guest OS features.</summary>
public sealed class GuestOsFeature
{
    /// <summary>The ID of a supported feature.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
