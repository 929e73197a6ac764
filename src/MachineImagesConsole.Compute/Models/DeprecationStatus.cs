using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Deprecation status for a public resource.</summary>
public sealed class DeprecationStatus
{
    /// <summary>An optional RFC3339 timestamp on or after which the state of this resource is intended to change to DELETED.</summary>
    [JsonPropertyName("deleted")]
    public string? Deleted { get; set; }

    /// <summary>An optional RFC3339 timestamp on or after which the state of this resource is intended to change to DEPRECATED.</summary>
    [JsonPropertyName("deprecated")]
    public string? Deprecated { get; set; }

    /// <summary>An optional RFC3339 timestamp on or after which the state of this resource is intended to change to OBSOLETE.</summary>
    [JsonPropertyName("obsolete")]
    public string? Obsolete { get; set; }

    /// <summary>The URL of the suggested replacement for a deprecated resource.</summary>
    [JsonPropertyName("replacement")]
    public string? Replacement { get; set; }

    /// <summary>The deprecation state of this resource.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
