using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

public sealed class InstanceProperties
{
    /// <summary>Controls for advanced machine-related behavior features.</summary>
    [JsonPropertyName("advancedMachineFeatures")]
    public AdvancedMachineFeatures? AdvancedMachineFeatures { get; set; }

    /// <summary>Enables instances created based on these properties to send packets with source IP addresses other than their own and receive packets with destination IP addresses other than their own.</summary>
    [JsonPropertyName("canIpForward")]
    public bool? CanIpForward { get; set; }

    /// <summary>Specifies the Confidential Instance options.</summary>
    [JsonPropertyName("confidentialInstanceConfig")]
    public ConfidentialInstanceConfig? ConfidentialInstanceConfig { get; set; }

    /// <summary>An optional text description for the instances that are created from these properties.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>An array of disks that are associated with the instances that are created from these properties.</summary>
    [JsonPropertyName("disks")]
    public List<AttachedDisk>? Disks { get; set; }

    /// <summary>A list of guest accelerator cards' type and count to use for instances created from these properties.</summary>
    [JsonPropertyName("guestAccelerators")]
    public List<AcceleratorConfig>? GuestAccelerators { get; set; }

    /// <summary>KeyRevocationActionType of the instance.</summary>
    [JsonPropertyName("keyRevocationActionType")]
    public string? KeyRevocationActionType { get; set; }

    /// <summary>Labels to apply to instances that are created from these properties.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>The machine type to use for instances that are created from these properties.</summary>
    [JsonPropertyName("machineType")]
    public string? MachineType { get; set; }

    /// <summary>The metadata key/value pairs to assign to instances that are created from these properties.</summary>
    [JsonPropertyName("metadata")]
    public Metadata? Metadata { get; set; }

    /// <summary>Minimum cpu/platform to be used by instances.</summary>
    [JsonPropertyName("minCpuPlatform")]
    public string? MinCpuPlatform { get; set; }

    /// <summary>An array of network access configurations for this interface.</summary>
    [JsonPropertyName("networkInterfaces")]
    public List<NetworkInterface>? NetworkInterfaces { get; set; }

    /// <summary>Note that for MachineImage, this is not supported yet.</summary>
    [JsonPropertyName("networkPerformanceConfig")]
    public NetworkPerformanceConfig? NetworkPerformanceConfig { get; set; }

    /// <summary>The private IPv6 google access type for VMs.</summary>
    [JsonPropertyName("privateIpv6GoogleAccess")]
    public string? PrivateIpv6GoogleAccess { get; set; }

    /// <summary>Specifies the reservations that instances can consume from.</summary>
    [JsonPropertyName("reservationAffinity")]
    public ReservationAffinity? ReservationAffinity { get; set; }

    /// <summary>Resource manager tags to be bound to the instance.</summary>
    [JsonPropertyName("resourceManagerTags")]
    public Dictionary<string, string>? ResourceManagerTags { get; set; }

    /// <summary>Resource policies (names, not URLs) applied to instances created from these properties.</summary>
    [JsonPropertyName("resourcePolicies")]
    public List<string>? ResourcePolicies { get; set; }

    /// <summary>Specifies the scheduling options for the instances that are created from these properties.</summary>
    [JsonPropertyName("scheduling")]
    public Scheduling? Scheduling { get; set; }

    /// <summary>A list of service accounts with specified scopes.</summary>
    [JsonPropertyName("serviceAccounts")]
    public List<ServiceAccount>? ServiceAccounts { get; set; }

    /// <summary>Note that for MachineImage, this is not supported yet.</summary>
    [JsonPropertyName("shieldedInstanceConfig")]
    public ShieldedInstanceConfig? ShieldedInstanceConfig { get; set; }

    /// <summary>A list of tags to apply to the instances that are created from these properties.</summary>
    [JsonPropertyName("tags")]
    public Tags? Tags { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
