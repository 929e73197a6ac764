using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a Persistent Disk resource.</summary>
public sealed class Disk
{
    /// <summary>The architecture of the disk.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>Disk asynchronously replicated into this disk.</summary>
    [JsonPropertyName("asyncPrimaryDisk")]
    public DiskAsyncReplication? AsyncPrimaryDisk { get; set; }

    /// <summary>[Output Only] A list of disks this disk is asynchronously replicated to.</summary>
    [JsonPropertyName("asyncSecondaryDisks")]
    public Dictionary<string, DiskAsyncReplicationList>? AsyncSecondaryDisks { get; set; }

    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>An optional description of this resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Encrypts the disk using a customer-supplied encryption key or a customer-managed encryption key.</summary>
    [JsonPropertyName("diskEncryptionKey")]
    public CustomerEncryptionKey? DiskEncryptionKey { get; set; }

    /// <summary>A list of features to enable on the guest operating system.</summary>
    [JsonPropertyName("guestOsFeatures")]
    public List<GuestOsFeature>? GuestOsFeatures { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>A fingerprint for the labels being applied to this disk, which is essentially a hash of the labels set used for optimistic locking.</summary>
    [JsonPropertyName("labelFingerprint")]
    public string? LabelFingerprint { get; set; }

    /// <summary>Labels to apply to this disk.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>[Output Only] Last attach timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("lastAttachTimestamp")]
    public string? LastAttachTimestamp { get; set; }

    /// <summary>[Output Only] Last detach timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("lastDetachTimestamp")]
    public string? LastDetachTimestamp { get; set; }

    /// <summary>Integer license codes indicating which licenses are attached to this disk.</summary>
    [JsonPropertyName("licenseCodes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public List<long>? LicenseCodes { get; set; }

    /// <summary>A list of publicly visible licenses.</summary>
    [JsonPropertyName("licenses")]
    public List<string>? Licenses { get; set; }

    /// <summary>An opaque location hint used to place the disk close to other resources.</summary>
    [JsonPropertyName("locationHint")]
    public string? LocationHint { get; set; }

    /// <summary>Name of the resource.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Internal use only.</summary>
    [JsonPropertyName("options")]
    public string? Options { get; set; }

    /// <summary>Input only.</summary>
    [JsonPropertyName("params")]
    public DiskParams? Params { get; set; }

    /// <summary>Physical block size of the persistent disk, in bytes.</summary>
    [JsonPropertyName("physicalBlockSizeBytes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? PhysicalBlockSizeBytes { get; set; }

    /// <summary>Indicates how many IOPS to provision for the disk.</summary>
    [JsonPropertyName("provisionedIops")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? ProvisionedIops { get; set; }

    /// <summary>Indicates how much throughput to provision for the disk.</summary>
    [JsonPropertyName("provisionedThroughput")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? ProvisionedThroughput { get; set; }

    /// <summary>[Output Only] URL of the region where the disk resides.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>URLs of the zones where the disk should be replicated to.</summary>
    [JsonPropertyName("replicaZones")]
    public List<string>? ReplicaZones { get; set; }

    /// <summary>Resource policies applied to this disk for automatic snapshot creations.</summary>
    [JsonPropertyName("resourcePolicies")]
    public List<string>? ResourcePolicies { get; set; }

    /// <summary>[Output Only] Status information for the disk resource.</summary>
    [JsonPropertyName("resourceStatus")]
    public DiskResourceStatus? ResourceStatus { get; set; }

    /// <summary>[Output Only] Reserved for future use.</summary>
    [JsonPropertyName("satisfiesPzs")]
    public bool? SatisfiesPzs { get; set; }

    /// <summary>[Output Only] Server-defined fully-qualified URL for this resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>Size, in GB, of the persistent disk.</summary>
    [JsonPropertyName("sizeGb")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? SizeGb { get; set; }

    /// <summary>[Output Only] URL of the DiskConsistencyGroupPolicy for a secondary disk that was created using a consistency group.</summary>
    [JsonPropertyName("sourceConsistencyGroupPolicy")]
    public string? SourceConsistencyGroupPolicy { get; set; }

    /// <summary>[Output Only] ID of the DiskConsistencyGroupPolicy for a secondary disk that was created using a consistency group.</summary>
    [JsonPropertyName("sourceConsistencyGroupPolicyId")]
    public string? SourceConsistencyGroupPolicyId { get; set; }

    /// <summary>The source disk used to create this disk.</summary>
    [JsonPropertyName("sourceDisk")]
    public string? SourceDisk { get; set; }

    /// <summary>[Output Only] The unique ID of the disk used to create this disk.</summary>
    [JsonPropertyName("sourceDiskId")]
    public string? SourceDiskId { get; set; }

    /// <summary>The source image used to create this disk.</summary>
    [JsonPropertyName("sourceImage")]
    public string? SourceImage { get; set; }

    /// <summary>The customer-supplied encryption key of the source image.</summary>
    [JsonPropertyName("sourceImageEncryptionKey")]
    public CustomerEncryptionKey? SourceImageEncryptionKey { get; set; }

    /// <summary>[Output Only] The ID value of the image used to create this disk.</summary>
    [JsonPropertyName("sourceImageId")]
    public string? SourceImageId { get; set; }

    /// <summary>The source snapshot used to create this disk.</summary>
    [JsonPropertyName("sourceSnapshot")]
    public string? SourceSnapshot { get; set; }

    /// <summary>The customer-supplied encryption key of the source snapshot.</summary>
    [JsonPropertyName("sourceSnapshotEncryptionKey")]
    public CustomerEncryptionKey? SourceSnapshotEncryptionKey { get; set; }

    /// <summary>[Output Only] The unique ID of the snapshot used to create this disk.</summary>
    [JsonPropertyName("sourceSnapshotId")]
    public string? SourceSnapshotId { get; set; }

    /// <summary>The full Google Cloud Storage URI where the disk image is stored.</summary>
    [JsonPropertyName("sourceStorageObject")]
    public string? SourceStorageObject { get; set; }

    /// <summary>[Output Only] The status of disk creation.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>URL of the disk type resource describing which disk type to use to create the disk.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>[Output Only] Links to the users of the disk (attached instances) in form: projects/project/zones/zone/instances/instance</summary>
    [JsonPropertyName("users")]
    public List<string>? Users { get; set; }

    /// <summary>[Output Only] URL of the zone where the disk resides.</summary>
    [JsonPropertyName("zone")]
    public string? Zone { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
