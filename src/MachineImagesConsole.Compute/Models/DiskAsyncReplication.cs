using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

public sealed class DiskAsyncReplication
{
    /// <summary>[Output Only] URL of the DiskConsistencyGroupPolicy if replication was started on the disk as a member of a group.</summary>
    [JsonPropertyName("consistencyGroupPolicy")]
    public string? ConsistencyGroupPolicy { get; set; }

    /// <summary>[Output Only] ID of the DiskConsistencyGroupPolicy if replication was started on the disk as a member of a group.</summary>
    [JsonPropertyName("consistencyGroupPolicyId")]
    public string? ConsistencyGroupPolicyId { get; set; }

    /// <summary>The other disk asynchronously replicated to or from the current disk.</summary>
    [JsonPropertyName("disk")]
    public string? Disk { get; set; }

    /// <summary>[Output Only] The unique ID of the other disk asynchronously replicated to or from the current disk.</summary>
    [JsonPropertyName("diskId")]
    public string? DiskId { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
