using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a Persistent Disk Snapshot resource.</summary>
public sealed class Snapshot
{
    /// <summary>[Output Only] The architecture of the snapshot.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>[Output Only] Set to true if snapshots are automatically created by applying resource policy on the target disk.</summary>
    [JsonPropertyName("autoCreated")]
    public bool? AutoCreated { get; set; }

    /// <summary>Creates the new snapshot in the snapshot chain labeled with the specified name.</summary>
    [JsonPropertyName("chainName")]
    public string? ChainName { get; set; }

    /// <summary>[Output Only] Size in bytes of the snapshot at creation time.</summary>
    [JsonPropertyName("creationSizeBytes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? CreationSizeBytes { get; set; }

    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>An optional description of this resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>[Output Only] Size of the source disk, specified in GB.</summary>
    [JsonPropertyName("diskSizeGb")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? DiskSizeGb { get; set; }

    /// <summary>[Output Only] Number of bytes downloaded to restore a snapshot to a disk.</summary>
    [JsonPropertyName("downloadBytes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? DownloadBytes { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>A fingerprint for the labels being applied to this snapshot, which is essentially a hash of the labels set used for optimistic locking.</summary>
    [JsonPropertyName("labelFingerprint")]
    public string? LabelFingerprint { get; set; }

    /// <summary>Labels to apply to this snapshot.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>[Output Only] Integer license codes indicating which licenses are attached to this snapshot.</summary>
    [JsonPropertyName("licenseCodes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public List<long>? LicenseCodes { get; set; }

    /// <summary>[Output Only] A list of public visible licenses that apply to this snapshot.</summary>
    [JsonPropertyName("licenses")]
    public List<string>? Licenses { get; set; }

    /// <summary>An opaque location hint used to place the snapshot close to other resources.</summary>
    [JsonPropertyName("locationHint")]
    public string? LocationHint { get; set; }

    /// <summary>Name of the resource; provided by the client when the resource is created.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>[Output Only] Reserved for future use.</summary>
    [JsonPropertyName("satisfiesPzs")]
    public bool? SatisfiesPzs { get; set; }

    /// <summary>[Output Only] Server-defined URL for the resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>Encrypts the snapshot using a customer-supplied encryption key.</summary>
    [JsonPropertyName("snapshotEncryptionKey")]
    public CustomerEncryptionKey? SnapshotEncryptionKey { get; set; }

    /// <summary>Indicates the type of the snapshot.</summary>
    [JsonPropertyName("snapshotType")]
    public string? SnapshotType { get; set; }

    /// <summary>The source disk used to create this snapshot.</summary>
    [JsonPropertyName("sourceDisk")]
    public string? SourceDisk { get; set; }

    /// <summary>The customer-supplied encryption key of the source disk.</summary>
    [JsonPropertyName("sourceDiskEncryptionKey")]
    public CustomerEncryptionKey? SourceDiskEncryptionKey { get; set; }

    /// <summary>[Output Only] The ID value of the disk used to create this snapshot.</summary>
    [JsonPropertyName("sourceDiskId")]
    public string? SourceDiskId { get; set; }

    /// <summary>[Output Only] URL of the resource policy which created this scheduled snapshot.</summary>
    [JsonPropertyName("sourceSnapshotSchedulePolicy")]
    public string? SourceSnapshotSchedulePolicy { get; set; }

    /// <summary>[Output Only] ID of the resource policy which created this scheduled snapshot.</summary>
    [JsonPropertyName("sourceSnapshotSchedulePolicyId")]
    public string? SourceSnapshotSchedulePolicyId { get; set; }

    /// <summary>[Output Only] The status of the snapshot.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>[Output Only] A size of the storage used by the snapshot.</summary>
    [JsonPropertyName("storageBytes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? StorageBytes { get; set; }

    /// <summary>[Output Only] An indicator whether storageBytes is in a stable state or it is being adjusted as a result of shared storage reallocation.</summary>
    [JsonPropertyName("storageBytesStatus")]
    public string? StorageBytesStatus { get; set; }

    /// <summary>Cloud Storage bucket storage location of the snapshot (regional or multi-regional).</summary>
    [JsonPropertyName("storageLocations")]
    public List<string>? StorageLocations { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
