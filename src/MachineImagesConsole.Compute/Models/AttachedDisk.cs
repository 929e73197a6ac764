using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>An instance-attached disk resource.</summary>
public sealed class AttachedDisk
{
    /// <summary>[Output Only] The architecture of the attached disk.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>Specifies whether the disk will be auto-deleted when the instance is deleted (but not when the disk is detached from the instance).</summary>
    [JsonPropertyName("autoDelete")]
    public bool? AutoDelete { get; set; }

    /// <summary>Indicates that this is a boot disk.</summary>
    [JsonPropertyName("boot")]
    public bool? Boot { get; set; }

    /// <summary>Specifies a unique device name of your choice that is reflected into the /dev/disk/by-id/google-* tree of a Linux operating system running within the instance.</summary>
    [JsonPropertyName("deviceName")]
    public string? DeviceName { get; set; }

    /// <summary>Encrypts or decrypts a disk using a customer-supplied encryption key.</summary>
    [JsonPropertyName("diskEncryptionKey")]
    public CustomerEncryptionKey? DiskEncryptionKey { get; set; }

    /// <summary>The size of the disk in GB.</summary>
    [JsonPropertyName("diskSizeGb")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? DiskSizeGb { get; set; }

    /// <summary>[Input Only] Whether to force attach the regional disk even if it's currently attached to another instance.</summary>
    [JsonPropertyName("forceAttach")]
    public bool? ForceAttach { get; set; }

    /// <summary>A list of features to enable on the guest operating system.</summary>
    [JsonPropertyName("guestOsFeatures")]
    public List<GuestOsFeature>? GuestOsFeatures { get; set; }

    /// <summary>[Output Only] A zero-based index to this disk, where 0 is reserved for the boot disk.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>[Input Only] Specifies the parameters for a new disk that will be created alongside the new instance.</summary>
    [JsonPropertyName("initializeParams")]
    public AttachedDiskInitializeParams? InitializeParams { get; set; }

    /// <summary>Specifies the disk interface to use for attaching this disk, which is either SCSI or NVME.</summary>
    [JsonPropertyName("interface")]
    public string? Interface { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>[Output Only] Any valid publicly visible licenses.</summary>
    [JsonPropertyName("licenses")]
    public List<string>? Licenses { get; set; }

    /// <summary>The mode in which to attach this disk, either READ_WRITE or READ_ONLY.</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    /// <summary>For LocalSSD disks on VM Instances in STOPPED or SUSPENDED state, this field is set to PRESERVED if the LocalSSD data has been saved to a persistent location by customer request.</summary>
    [JsonPropertyName("savedState")]
    public string? SavedState { get; set; }

    /// <summary>[Output Only] shielded vm initial state stored on disk</summary>
    [JsonPropertyName("shieldedInstanceInitialState")]
    public InitialStateConfig? ShieldedInstanceInitialState { get; set; }

    /// <summary>Specifies a valid partial or full URL to an existing Persistent Disk resource.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Specifies the type of the disk, either SCRATCH or PERSISTENT.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
