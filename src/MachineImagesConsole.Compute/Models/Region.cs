using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a Region resource.</summary>
public sealed class Region
{
    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>[Output Only] The deprecation status associated with this region.</summary>
    [JsonPropertyName("deprecated")]
    public DeprecationStatus? Deprecated { get; set; }

    /// <summary>[Output Only] Textual description of the resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>[Output Only] Name of the resource.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>[Output Only] Quotas assigned to this region.</summary>
    [JsonPropertyName("quotas")]
    public List<Quota>? Quotas { get; set; }

    /// <summary>[Output Only] Server-defined URL for the resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>[Output Only] Status of the region, either UP or DOWN.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>[Output Only] Reserved for future use.</summary>
    [JsonPropertyName("supportsPzs")]
    public bool? SupportsPzs { get; set; }

    /// <summary>[Output Only] A list of zones available in this region, in the form of resource URLs.</summary>
    [JsonPropertyName("zones")]
    public List<string>? Zones { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
