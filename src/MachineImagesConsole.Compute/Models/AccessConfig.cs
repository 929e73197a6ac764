using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>An access configuration attached to an instance's network interface.</summary>
public sealed class AccessConfig
{
    /// <summary>Applies to ipv6AccessConfigs only.</summary>
    [JsonPropertyName("externalIpv6")]
    public string? ExternalIpv6 { get; set; }

    /// <summary>Applies to ipv6AccessConfigs only.</summary>
    [JsonPropertyName("externalIpv6PrefixLength")]
    public int? ExternalIpv6PrefixLength { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>The name of this access configuration.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Applies to accessConfigs (IPv4) only.</summary>
    [JsonPropertyName("natIP")]
    public string? NatIP { get; set; }

    /// <summary>This signifies the networking tier used for configuring this access configuration and can only take the following values: PREMIUM, STANDARD.</summary>
    [JsonPropertyName("networkTier")]
    public string? NetworkTier { get; set; }

    /// <summary>The DNS domain name for the public PTR record.</summary>
    [JsonPropertyName("publicPtrDomainName")]
    public string? PublicPtrDomainName { get; set; }

    /// <summary>Specifies whether a public DNS 'PTR' record should be created to map the external IP address of the instance to a DNS domain name.</summary>
    [JsonPropertyName("setPublicPtr")]
    public bool? SetPublicPtr { get; set; }

    /// <summary>The type of configuration.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
