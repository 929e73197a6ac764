using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a Subnetwork resource.</summary>
public sealed class Subnetwork
{
    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>An optional description of this resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Whether to enable flow logging for this subnetwork.</summary>
    [JsonPropertyName("enableFlowLogs")]
    public bool? EnableFlowLogs { get; set; }

    /// <summary>The external IPv6 address range that is owned by this subnetwork.</summary>
    [JsonPropertyName("externalIpv6Prefix")]
    public string? ExternalIpv6Prefix { get; set; }

    /// <summary>Fingerprint of this resource.</summary>
    [JsonPropertyName("fingerprint")]
    public string? Fingerprint { get; set; }

    /// <summary>[Output Only] The gateway address for default routes to reach destination addresses outside this subnetwork.</summary>
    [JsonPropertyName("gatewayAddress")]
    public string? GatewayAddress { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Output Only] The internal IPv6 address range that is assigned to this subnetwork.</summary>
    [JsonPropertyName("internalIpv6Prefix")]
    public string? InternalIpv6Prefix { get; set; }

    /// <summary>The range of internal addresses that are owned by this subnetwork.</summary>
    [JsonPropertyName("ipCidrRange")]
    public string? IpCidrRange { get; set; }

    /// <summary>The access type of IPv6 address this subnet holds.</summary>
    [JsonPropertyName("ipv6AccessType")]
    public string? Ipv6AccessType { get; set; }

    /// <summary>[Output Only] This field is for internal use.</summary>
    [JsonPropertyName("ipv6CidrRange")]
    public string? Ipv6CidrRange { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>This field denotes the VPC flow logging options for this subnetwork.</summary>
    [JsonPropertyName("logConfig")]
    public SubnetworkLogConfig? LogConfig { get; set; }

    /// <summary>The name of the resource, provided by the client when initially creating the resource.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The URL of the network to which this subnetwork belongs, provided by the client when initially creating the subnetwork.</summary>
    [JsonPropertyName("network")]
    public string? Network { get; set; }

    /// <summary>Whether the VMs in this subnet can access Google services without assigned external IP addresses.</summary>
    [JsonPropertyName("privateIpGoogleAccess")]
    public bool? PrivateIpGoogleAccess { get; set; }

    /// <summary>This field is for internal use.</summary>
    [JsonPropertyName("privateIpv6GoogleAccess")]
    public string? PrivateIpv6GoogleAccess { get; set; }

    /// <summary>The purpose of the resource.</summary>
    [JsonPropertyName("purpose")]
    public string? Purpose { get; set; }

    /// <summary>URL of the region where the Subnetwork resides.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>The role of subnetwork.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>An array of configurations for secondary IP ranges for VM instances contained in this subnetwork.</summary>
    [JsonPropertyName("secondaryIpRanges")]
    public List<SubnetworkSecondaryRange>? SecondaryIpRanges { get; set; }

    /// <summary>[Output Only] Server-defined URL for the resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>The stack type for the subnet.</summary>
    [JsonPropertyName("stackType")]
    public string? StackType { get; set; }

    /// <summary>[Output Only] The state of the subnetwork, which can be one of the following values: READY: Subnetwork is created and ready to use DRAINING: only applicable to subnetworks that have the purpose set to INTERNAL_HTTPS_LOAD_BALANCER and indicates that connections to the load balancer are being drained.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
