using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A quotas entry.</summary>
public sealed class Quota
{
    /// <summary>[Output Only] Quota limit for this metric.</summary>
    [JsonPropertyName("limit")]
    public double? Limit { get; set; }

    /// <summary>[Output Only] Name of the quota metric.</summary>
    [JsonPropertyName("metric")]
    public string? Metric { get; set; }

    /// <summary>[Output Only] Owning resource.</summary>
    [JsonPropertyName("owner")]
    public string? Owner { get; set; }

    /// <summary>[Output Only] Current usage of this metric.</summary>
    [JsonPropertyName("usage")]
    public double? Usage { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
