using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A set of instance tags.</summary>
public sealed class Tags
{
    /// <summary>Specifies a fingerprint for this request, which is essentially a hash of the tags' contents and used for optimistic locking.</summary>
    [JsonPropertyName("fingerprint")]
    public string? Fingerprint { get; set; }

    /// <summary>An array of tags.</summary>
    [JsonPropertyName("items")]
    public List<string>? Items { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
