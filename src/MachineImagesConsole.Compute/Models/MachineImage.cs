using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a machine image resource.</summary>
public sealed class MachineImage
{
    /// <summary>[Output Only] The creation timestamp for this machine image in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>An optional description of this resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>[Input Only] Whether to attempt an application consistent machine image by informing the OS to prepare for the snapshot process.</summary>
    [JsonPropertyName("guestFlush")]
    public bool? GuestFlush { get; set; }

    /// <summary>[Output Only] A unique identifier for this machine image.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Output Only] Properties of source instance</summary>
    [JsonPropertyName("instanceProperties")]
    public InstanceProperties? InstanceProperties { get; set; }

    /// <summary>[Output Only] The resource type, which is always compute#machineImage for machine image.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>A fingerprint for the labels being applied to this machine image, which is essentially a hash of the labels set used for optimistic locking.</summary>
    [JsonPropertyName("labelFingerprint")]
    public string? LabelFingerprint { get; set; }

    /// <summary>Labels to apply to this machine image.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Encrypts the machine image using a customer-supplied encryption key.</summary>
    [JsonPropertyName("machineImageEncryptionKey")]
    public CustomerEncryptionKey? MachineImageEncryptionKey { get; set; }

    /// <summary>Name of the resource; provided by the client when the resource is created.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Input only.</summary>
    [JsonPropertyName("params")]
    public MachineImageParams? Params { get; set; }

    /// <summary>[Output Only] Reserved for future use.</summary>
    [JsonPropertyName("satisfiesPzi")]
    public bool? SatisfiesPzi { get; set; }

    /// <summary>[Output Only] Reserved for future use.</summary>
    [JsonPropertyName("satisfiesPzs")]
    public bool? SatisfiesPzs { get; set; }

    /// <summary>An array of Machine Image specific properties for disks attached to the source instance</summary>
    [JsonPropertyName("savedDisks")]
    public List<SavedDisk>? SavedDisks { get; set; }

    /// <summary>[Output Only] The URL for this machine image.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>[Input Only] The customer-supplied encryption key of the disks attached to the source instance.</summary>
    [JsonPropertyName("sourceDiskEncryptionKeys")]
    public List<SourceDiskEncryptionKey>? SourceDiskEncryptionKeys { get; set; }

    /// <summary>The source instance used to create the machine image.</summary>
    [JsonPropertyName("sourceInstance")]
    public string? SourceInstance { get; set; }

    /// <summary>[Output Only] DEPRECATED: Please use instance_properties instead for source instance related properties.</summary>
    [JsonPropertyName("sourceInstanceProperties")]
    public SourceInstanceProperties? SourceInstanceProperties { get; set; }

    /// <summary>[Output Only] The status of the machine image.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The regional or multi-regional Cloud Storage bucket location where the machine image is stored.</summary>
    [JsonPropertyName("storageLocations")]
    public List<string>? StorageLocations { get; set; }

    /// <summary>[Output Only] Total size of the storage used by the machine image.</summary>
    [JsonPropertyName("totalStorageBytes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? TotalStorageBytes { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
