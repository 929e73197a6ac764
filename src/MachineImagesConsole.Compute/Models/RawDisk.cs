using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>The parameters of the raw disk image.</summary>
[DiscoverySchema("Image.rawDisk")]
public sealed class RawDisk
{
    /// <summary>The format used to encode and transmit the block device, which should be TAR.</summary>
    [JsonPropertyName("containerType")]
    public string? ContainerType { get; set; }

    /// <summary>[Deprecated] This field is deprecated.</summary>
    [JsonPropertyName("sha1Checksum")]
    public string? Sha1Checksum { get; set; }

    /// <summary>The full Google Cloud Storage URL where the raw disk image archive is stored.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
