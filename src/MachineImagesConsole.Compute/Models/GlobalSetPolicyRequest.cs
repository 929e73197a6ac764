using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

public sealed class GlobalSetPolicyRequest
{
    /// <summary>Flatten Policy to create a backward compatible wire-format.</summary>
    [JsonPropertyName("bindings")]
    public List<Binding>? Bindings { get; set; }

    /// <summary>Flatten Policy to create a backward compatible wire-format.</summary>
    [JsonPropertyName("etag")]
    public string? Etag { get; set; }

    /// <summary>REQUIRED: The complete policy to be applied to the 'resource'.</summary>
    [JsonPropertyName("policy")]
    public Policy? Policy { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
