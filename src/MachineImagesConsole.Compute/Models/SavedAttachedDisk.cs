using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>DEPRECATED: Please use compute#savedDisk instead.</summary>
public sealed class SavedAttachedDisk
{
    /// <summary>Specifies whether the disk will be auto-deleted when the instance is deleted (but not when the disk is detached from the instance).</summary>
    [JsonPropertyName("autoDelete")]
    public bool? AutoDelete { get; set; }

    /// <summary>Indicates that this is a boot disk.</summary>
    [JsonPropertyName("boot")]
    public bool? Boot { get; set; }

    /// <summary>Specifies the name of the disk attached to the source instance.</summary>
    [JsonPropertyName("deviceName")]
    public string? DeviceName { get; set; }

    /// <summary>The encryption key for the disk.</summary>
    [JsonPropertyName("diskEncryptionKey")]
    public CustomerEncryptionKey? DiskEncryptionKey { get; set; }

    /// <summary>The size of the disk in base-2 GB.</summary>
    [JsonPropertyName("diskSizeGb")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? DiskSizeGb { get; set; }

    /// <summary>[Output Only] URL of the disk type resource.</summary>
    [JsonPropertyName("diskType")]
    public string? DiskType { get; set; }

    /// <summary>A list of features to enable on the guest operating system.</summary>
    [JsonPropertyName("guestOsFeatures")]
    public List<GuestOsFeature>? GuestOsFeatures { get; set; }

    /// <summary>Specifies zero-based index of the disk that is attached to the source instance.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>Specifies the disk interface to use for attaching this disk, which is either SCSI or NVME.</summary>
    [JsonPropertyName("interface")]
    public string? Interface { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>[Output Only] Any valid publicly visible licenses.</summary>
    [JsonPropertyName("licenses")]
    public List<string>? Licenses { get; set; }

    /// <summary>The mode in which this disk is attached to the source instance, either READ_WRITE or READ_ONLY.</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    /// <summary>Specifies a URL of the disk attached to the source instance.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>[Output Only] A size of the storage used by the disk's snapshot by this machine image.</summary>
    [JsonPropertyName("storageBytes")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? StorageBytes { get; set; }

    /// <summary>[Output Only] An indicator whether storageBytes is in a stable state or it is being adjusted as a result of shared storage reallocation.</summary>
    [JsonPropertyName("storageBytesStatus")]
    public string? StorageBytesStatus { get; set; }

    /// <summary>Specifies the type of the attached disk, either SCRATCH or PERSISTENT.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
