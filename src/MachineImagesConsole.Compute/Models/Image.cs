using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents an Image resource.</summary>
public sealed class Image
{
    /// <summary>The architecture of the image.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>Size of the image tar.gz archive stored in Google Cloud Storage (in bytes).</summary>
    [JsonPropertyName("archiveSizeBytes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? ArchiveSizeBytes { get; set; }

    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>The deprecation status associated with this image.</summary>
    [JsonPropertyName("deprecated")]
    public DeprecationStatus? Deprecated { get; set; }

    /// <summary>An optional description of this resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Size of the image when restored onto a persistent disk (in GB).</summary>
    [JsonPropertyName("diskSizeGb")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? DiskSizeGb { get; set; }

    /// <summary>The name of the image family to which this image belongs.</summary>
    [JsonPropertyName("family")]
    public string? Family { get; set; }

    /// <summary>A list of features to enable on the guest operating system.</summary>
    [JsonPropertyName("guestOsFeatures")]
    public List<GuestOsFeature>? GuestOsFeatures { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>Encrypts the image using a customer-supplied encryption key.</summary>
    [JsonPropertyName("imageEncryptionKey")]
    public CustomerEncryptionKey? ImageEncryptionKey { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>A fingerprint for the labels being applied to this image, which is essentially a hash of the labels used for optimistic locking.</summary>
    [JsonPropertyName("labelFingerprint")]
    public string? LabelFingerprint { get; set; }

    /// <summary>Labels to apply to this image.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Integer license codes indicating which licenses are attached to this image.</summary>
    [JsonPropertyName("licenseCodes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public List<long>? LicenseCodes { get; set; }

    /// <summary>Any applicable license URI.</summary>
    [JsonPropertyName("licenses")]
    public List<string>? Licenses { get; set; }

    /// <summary>Name of the resource; provided by the client when the resource is created.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The parameters of the raw disk image.</summary>
    [JsonPropertyName("rawDisk")]
    public RawDisk? RawDisk { get; set; }

    /// <summary>[Output Only] Reserved for future use.</summary>
    [JsonPropertyName("satisfiesPzs")]
    public bool? SatisfiesPzs { get; set; }

    /// <summary>[Output Only] Server-defined URL for the resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>Set the secure boot keys of shielded instance.</summary>
    [JsonPropertyName("shieldedInstanceInitialState")]
    public InitialStateConfig? ShieldedInstanceInitialState { get; set; }

    /// <summary>URL of the source disk used to create this image.</summary>
    [JsonPropertyName("sourceDisk")]
    public string? SourceDisk { get; set; }

    /// <summary>The customer-supplied encryption key of the source disk.</summary>
    [JsonPropertyName("sourceDiskEncryptionKey")]
    public CustomerEncryptionKey? SourceDiskEncryptionKey { get; set; }

    /// <summary>[Output Only] The ID value of the disk used to create this image.</summary>
    [JsonPropertyName("sourceDiskId")]
    public string? SourceDiskId { get; set; }

    /// <summary>URL of the source image used to create this image.</summary>
    [JsonPropertyName("sourceImage")]
    public string? SourceImage { get; set; }

    /// <summary>The customer-supplied encryption key of the source image.</summary>
    [JsonPropertyName("sourceImageEncryptionKey")]
    public CustomerEncryptionKey? SourceImageEncryptionKey { get; set; }

    /// <summary>[Output Only] The ID value of the image used to create this image.</summary>
    [JsonPropertyName("sourceImageId")]
    public string? SourceImageId { get; set; }

    /// <summary>URL of the source snapshot used to create this image.</summary>
    [JsonPropertyName("sourceSnapshot")]
    public string? SourceSnapshot { get; set; }

    /// <summary>The customer-supplied encryption key of the source snapshot.</summary>
    [JsonPropertyName("sourceSnapshotEncryptionKey")]
    public CustomerEncryptionKey? SourceSnapshotEncryptionKey { get; set; }

    /// <summary>[Output Only] The ID value of the snapshot used to create this image.</summary>
    [JsonPropertyName("sourceSnapshotId")]
    public string? SourceSnapshotId { get; set; }

    /// <summary>The type of the image used to create this disk.</summary>
    [JsonPropertyName("sourceType")]
    public string? SourceType { get; set; }

    /// <summary>[Output Only] The status of the image.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Cloud Storage bucket storage location of the image (regional or multi-regional).</summary>
    [JsonPropertyName("storageLocations")]
    public List<string>? StorageLocations { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
