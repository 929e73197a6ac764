using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>An instance-attached disk resource.</summary>
public sealed class SavedDisk
{
    /// <summary>[Output Only] The architecture of the attached disk.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>Specifies a URL of the disk attached to the source instance.</summary>
    [JsonPropertyName("sourceDisk")]
    public string? SourceDisk { get; set; }

    /// <summary>[Output Only] Size of the individual disk snapshot used by this machine image.</summary>
    [JsonPropertyName("storageBytes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? StorageBytes { get; set; }

    /// <summary>[Output Only] An indicator whether storageBytes is in a stable state or it is being adjusted as a result of shared storage reallocation.</summary>
    [JsonPropertyName("storageBytesStatus")]
    public string? StorageBytesStatus { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
