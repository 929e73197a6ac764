using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>DEPRECATED: Please use compute#instanceProperties instead.</summary>
public sealed class SourceInstanceProperties
{
    /// <summary>Enables instances created based on this machine image to send packets with source IP addresses other than their own and receive packets with destination IP addresses other than their own.</summary>
    [JsonPropertyName("canIpForward")]
    public bool? CanIpForward { get; set; }

    /// <summary>Whether the instance created from this machine image should be protected against deletion.</summary>
    [JsonPropertyName("deletionProtection")]
    public bool? DeletionProtection { get; set; }

    /// <summary>An optional text description for the instances that are created from this machine image.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>An array of disks that are associated with the instances that are created from this machine image.</summary>
    [JsonPropertyName("disks")]
    public List<SavedAttachedDisk>? Disks { get; set; }

    /// <summary>A list of guest accelerator cards' type and count to use for instances created from this machine image.</summary>
    [JsonPropertyName("guestAccelerators")]
    public List<AcceleratorConfig>? GuestAccelerators { get; set; }

    /// <summary>KeyRevocationActionType of the instance.</summary>
    [JsonPropertyName("keyRevocationActionType")]
    public string? KeyRevocationActionType { get; set; }

    /// <summary>Labels to apply to instances that are created from this machine image.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>The machine type to use for instances that are created from this machine image.</summary>
    [JsonPropertyName("machineType")]
    public string? MachineType { get; set; }

    /// <summary>The metadata key/value pairs to assign to instances that are created from this machine image.</summary>
    [JsonPropertyName("metadata")]
    public Metadata? Metadata { get; set; }

    /// <summary>Minimum cpu/platform to be used by instances created from this machine image.</summary>
    [JsonPropertyName("minCpuPlatform")]
    public string? MinCpuPlatform { get; set; }

    /// <summary>An array of network access configurations for this interface.</summary>
    [JsonPropertyName("networkInterfaces")]
    public List<NetworkInterface>? NetworkInterfaces { get; set; }

    /// <summary>Specifies the scheduling options for the instances that are created from this machine image.</summary>
    [JsonPropertyName("scheduling")]
    public Scheduling? Scheduling { get; set; }

    /// <summary>A list of service accounts with specified scopes.</summary>
    [JsonPropertyName("serviceAccounts")]
    public List<ServiceAccount>? ServiceAccounts { get; set; }

    /// <summary>A list of tags to apply to the instances that are created from this machine image.</summary>
    [JsonPropertyName("tags")]
    public Tags? Tags { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
