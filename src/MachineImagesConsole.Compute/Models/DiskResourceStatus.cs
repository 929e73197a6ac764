using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

public sealed class DiskResourceStatus
{
    [JsonPropertyName("asyncPrimaryDisk")]
    public DiskResourceStatusAsyncReplicationStatus? AsyncPrimaryDisk { get; set; }

    /// <summary>Key: disk, value: AsyncReplicationStatus message</summary>
    [JsonPropertyName("asyncSecondaryDisks")]
    public Dictionary<string, DiskResourceStatusAsyncReplicationStatus>? AsyncSecondaryDisks { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
