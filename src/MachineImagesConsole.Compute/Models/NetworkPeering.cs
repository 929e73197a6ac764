using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A network peering attached to a network resource.</summary>
public sealed class NetworkPeering
{
    /// <summary>This field will be deprecated soon.</summary>
    [JsonPropertyName("autoCreateRoutes")]
    public bool? AutoCreateRoutes { get; set; }

    /// <summary>Indicates whether full mesh connectivity is created and managed automatically between peered networks.</summary>
    [JsonPropertyName("exchangeSubnetRoutes")]
    public bool? ExchangeSubnetRoutes { get; set; }

    /// <summary>Whether to export the custom routes to peer network.</summary>
    [JsonPropertyName("exportCustomRoutes")]
    public bool? ExportCustomRoutes { get; set; }

    /// <summary>Whether subnet routes with public IP range are exported.</summary>
    [JsonPropertyName("exportSubnetRoutesWithPublicIp")]
    public bool? ExportSubnetRoutesWithPublicIp { get; set; }

    /// <summary>Whether to import the custom routes from peer network.</summary>
    [JsonPropertyName("importCustomRoutes")]
    public bool? ImportCustomRoutes { get; set; }

    /// <summary>Whether subnet routes with public IP range are imported.</summary>
    [JsonPropertyName("importSubnetRoutesWithPublicIp")]
    public bool? ImportSubnetRoutesWithPublicIp { get; set; }

    /// <summary>Name of this peering.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The URL of the peer network.</summary>
    [JsonPropertyName("network")]
    public string? Network { get; set; }

    /// <summary>Maximum Transmission Unit in bytes.</summary>
    [JsonPropertyName("peerMtu")]
    public int? PeerMtu { get; set; }

    /// <summary>Which IP version(s) of traffic and routes are allowed to be imported or exported between peer networks.</summary>
    [JsonPropertyName("stackType")]
    public string? StackType { get; set; }

    /// <summary>[Output Only] State for the peering, either `ACTIVE` or `INACTIVE`.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>[Output Only] Details about the current state of the peering.</summary>
    [JsonPropertyName("stateDetails")]
    public string? StateDetails { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
