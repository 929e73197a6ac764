using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A metadata key/value entry.</summary>
public sealed class Metadata
{
    /// <summary>Specifies a fingerprint for this request, which is essentially a hash of the metadata's contents and used for optimistic locking.</summary>
    [JsonPropertyName("fingerprint")]
    public string? Fingerprint { get; set; }

    /// <summary>Array of key/value pairs.</summary>
    [JsonPropertyName("items")]
    public List<MetadataItem>? Items { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
