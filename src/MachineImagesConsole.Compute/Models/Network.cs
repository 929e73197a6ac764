using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a VPC Network resource.</summary>
public sealed class Network
{
    /// <summary>Must be set to create a VPC network.</summary>
    [JsonPropertyName("autoCreateSubnetworks")]
    public bool? AutoCreateSubnetworks { get; set; }

    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>An optional description of this resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Enable ULA internal ipv6 on this network.</summary>
    [JsonPropertyName("enableUlaInternalIpv6")]
    public bool? EnableUlaInternalIpv6 { get; set; }

    /// <summary>[Output Only] URL of the firewall policy the network is associated with.</summary>
    [JsonPropertyName("firewallPolicy")]
    public string? FirewallPolicy { get; set; }

    /// <summary>[Output Only] The gateway address for default routing out of the network, selected by Google Cloud.</summary>
    [JsonPropertyName("gatewayIPv4")]
    public string? GatewayIPv4 { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>When enabling ula internal ipv6, caller optionally can specify the /48 range they want from the google defined ULA prefix fd20::/20.</summary>
    [JsonPropertyName("internalIpv6Range")]
    public string? InternalIpv6Range { get; set; }

    /// <summary>Deprecated in favor of subnet mode networks.</summary>
    [JsonPropertyName("IPv4Range")]
    public string? IPv4Range { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>Maximum Transmission Unit in bytes.</summary>
    [JsonPropertyName("mtu")]
    public int? Mtu { get; set; }

    /// <summary>Name of the resource.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The network firewall policy enforcement order.</summary>
    [JsonPropertyName("networkFirewallPolicyEnforcementOrder")]
    public string? NetworkFirewallPolicyEnforcementOrder { get; set; }

    /// <summary>[Output Only] A list of network peerings for the resource.</summary>
    [JsonPropertyName("peerings")]
    public List<NetworkPeering>? Peerings { get; set; }

    /// <summary>The network-level routing configuration for this network.</summary>
    [JsonPropertyName("routingConfig")]
    public NetworkRoutingConfig? RoutingConfig { get; set; }

    /// <summary>[Output Only] Server-defined URL for the resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>[Output Only] Server-defined URL for this resource with the resource id.</summary>
    [JsonPropertyName("selfLinkWithId")]
    public string? SelfLinkWithId { get; set; }

    /// <summary>[Output Only] Server-defined fully-qualified URLs for all subnetworks in this VPC network.</summary>
    [JsonPropertyName("subnetworks")]
    public List<string>? Subnetworks { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
