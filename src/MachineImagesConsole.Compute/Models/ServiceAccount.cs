using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A service account.</summary>
public sealed class ServiceAccount
{
    /// <summary>Email address of the service account.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>The list of scopes to be made available for this service account.</summary>
    [JsonPropertyName("scopes")]
    public List<string>? Scopes { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
