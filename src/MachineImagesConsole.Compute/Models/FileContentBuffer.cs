using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

public sealed class FileContentBuffer
{
    /// <summary>The raw content in the secure keys file.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>The file type of source file.</summary>
    [JsonPropertyName("fileType")]
    public string? FileType { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
