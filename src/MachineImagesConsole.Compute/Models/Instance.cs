using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents an Instance resource.</summary>
public sealed class Instance
{
    /// <summary>Controls for advanced machine-related behavior features.</summary>
    [JsonPropertyName("advancedMachineFeatures")]
    public AdvancedMachineFeatures? AdvancedMachineFeatures { get; set; }

    /// <summary>Allows this instance to send and receive packets with non-matching destination or source IPs.</summary>
    [JsonPropertyName("canIpForward")]
    public bool? CanIpForward { get; set; }

    [JsonPropertyName("confidentialInstanceConfig")]
    public ConfidentialInstanceConfig? ConfidentialInstanceConfig { get; set; }

    /// <summary>[Output Only] The CPU platform used by this instance.</summary>
    [JsonPropertyName("cpuPlatform")]
    public string? CpuPlatform { get; set; }

    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>Whether the resource should be protected against deletion.</summary>
    [JsonPropertyName("deletionProtection")]
    public bool? DeletionProtection { get; set; }

    /// <summary>An optional description of this resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Array of disks associated with this instance.</summary>
    [JsonPropertyName("disks")]
    public List<AttachedDisk>? Disks { get; set; }

    /// <summary>Enables display device for the instance.</summary>
    [JsonPropertyName("displayDevice")]
    public DisplayDevice? DisplayDevice { get; set; }

    /// <summary>Specifies a fingerprint for this resource, which is essentially a hash of the instance's contents and used for optimistic locking.</summary>
    [JsonPropertyName("fingerprint")]
    public string? Fingerprint { get; set; }

    /// <summary>A list of the type and count of accelerator cards attached to the instance.</summary>
    [JsonPropertyName("guestAccelerators")]
    public List<AcceleratorConfig>? GuestAccelerators { get; set; }

    /// <summary>Specifies the hostname of the instance.</summary>
    [JsonPropertyName("hostname")]
    public string? Hostname { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>Encrypts suspended data for an instance with a customer-managed encryption key.</summary>
    [JsonPropertyName("instanceEncryptionKey")]
    public CustomerEncryptionKey? InstanceEncryptionKey { get; set; }

    /// <summary>KeyRevocationActionType of the instance.</summary>
    [JsonPropertyName("keyRevocationActionType")]
    public string? KeyRevocationActionType { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>A fingerprint for this request, which is essentially a hash of the label's contents and used for optimistic locking.</summary>
    [JsonPropertyName("labelFingerprint")]
    public string? LabelFingerprint { get; set; }

    /// <summary>Labels to apply to this instance.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>[Output Only] Last start timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("lastStartTimestamp")]
    public string? LastStartTimestamp { get; set; }

    /// <summary>[Output Only] Last stop timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("lastStopTimestamp")]
    public string? LastStopTimestamp { get; set; }

    /// <summary>[Output Only] Last suspended timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("lastSuspendedTimestamp")]
    public string? LastSuspendedTimestamp { get; set; }

    /// <summary>Full or partial URL of the machine type resource to use for this instance, in the format: zones/zone/machineTypes/machine-type.</summary>
    [JsonPropertyName("machineType")]
    public string? MachineType { get; set; }

    /// <summary>The metadata key/value pairs assigned to this instance.</summary>
    [JsonPropertyName("metadata")]
    public Metadata? Metadata { get; set; }

    /// <summary>Specifies a minimum CPU platform for the VM instance.</summary>
    [JsonPropertyName("minCpuPlatform")]
    public string? MinCpuPlatform { get; set; }

    /// <summary>The name of the resource, provided by the client when initially creating the resource.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>An array of network configurations for this instance.</summary>
    [JsonPropertyName("networkInterfaces")]
    public List<NetworkInterface>? NetworkInterfaces { get; set; }

    [JsonPropertyName("networkPerformanceConfig")]
    public NetworkPerformanceConfig? NetworkPerformanceConfig { get; set; }

    /// <summary>Input only.</summary>
    [JsonPropertyName("params")]
    public InstanceParams? Params { get; set; }

    /// <summary>The private IPv6 google access type for the VM.</summary>
    [JsonPropertyName("privateIpv6GoogleAccess")]
    public string? PrivateIpv6GoogleAccess { get; set; }

    /// <summary>Specifies the reservations that this instance can consume from.</summary>
    [JsonPropertyName("reservationAffinity")]
    public ReservationAffinity? ReservationAffinity { get; set; }

    /// <summary>Resource policies applied to this instance.</summary>
    [JsonPropertyName("resourcePolicies")]
    public List<string>? ResourcePolicies { get; set; }

    /// <summary>[Output Only] Specifies values set for instance attributes as compared to the values requested by user in the corresponding input only field.</summary>
    [JsonPropertyName("resourceStatus")]
    public ResourceStatus? ResourceStatus { get; set; }

    /// <summary>[Output Only] Reserved for future use.</summary>
    [JsonPropertyName("satisfiesPzs")]
    public bool? SatisfiesPzs { get; set; }

    /// <summary>Sets the scheduling options for this instance.</summary>
    [JsonPropertyName("scheduling")]
    public Scheduling? Scheduling { get; set; }

    /// <summary>[Output Only] Server-defined URL for this resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>A list of service accounts, with their specified scopes, authorized for this instance.</summary>
    [JsonPropertyName("serviceAccounts")]
    public List<ServiceAccount>? ServiceAccounts { get; set; }

    [JsonPropertyName("shieldedInstanceConfig")]
    public ShieldedInstanceConfig? ShieldedInstanceConfig { get; set; }

    [JsonPropertyName("shieldedInstanceIntegrityPolicy")]
    public ShieldedInstanceIntegrityPolicy? ShieldedInstanceIntegrityPolicy { get; set; }

    /// <summary>Source machine image</summary>
    [JsonPropertyName("sourceMachineImage")]
    public string? SourceMachineImage { get; set; }

    /// <summary>Source machine image encryption key when creating an instance from a machine image.</summary>
    [JsonPropertyName("sourceMachineImageEncryptionKey")]
    public CustomerEncryptionKey? SourceMachineImageEncryptionKey { get; set; }

    /// <summary>[Output Only] Whether a VM has been restricted for start because Compute Engine has detected suspicious activity.</summary>
    [JsonPropertyName("startRestricted")]
    public bool? StartRestricted { get; set; }

    /// <summary>[Output Only] The status of the instance.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>[Output Only] An optional, human-readable explanation of the status.</summary>
    [JsonPropertyName("statusMessage")]
    public string? StatusMessage { get; set; }

    /// <summary>Tags to apply to this instance.</summary>
    [JsonPropertyName("tags")]
    public Tags? Tags { get; set; }

    /// <summary>[Output Only] URL of the zone where the instance resides.</summary>
    [JsonPropertyName("zone")]
    public string? Zone { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
