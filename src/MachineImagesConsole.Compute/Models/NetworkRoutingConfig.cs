using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A routing configuration attached to a network resource.</summary>
public sealed class NetworkRoutingConfig
{
    /// <summary>The network-wide routing mode to use.</summary>
    [JsonPropertyName("routingMode")]
    public string? RoutingMode { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
