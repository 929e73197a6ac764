using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

public sealed class SourceDiskEncryptionKey
{
    /// <summary>The customer-supplied encryption key of the source disk.</summary>
    [JsonPropertyName("diskEncryptionKey")]
    public CustomerEncryptionKey? DiskEncryptionKey { get; set; }

    /// <summary>URL of the disk attached to the source instance.</summary>
    [JsonPropertyName("sourceDisk")]
    public string? SourceDisk { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
