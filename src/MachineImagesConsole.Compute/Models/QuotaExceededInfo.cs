using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Additional details for quota exceeded error for resource quota.</summary>
public sealed class QuotaExceededInfo
{
    /// <summary>The map holding related quota dimensions.</summary>
    [JsonPropertyName("dimensions")]
    public Dictionary<string, string>? Dimensions { get; set; }

    /// <summary>Current effective quota limit.</summary>
    [JsonPropertyName("limit")]
    public double? Limit { get; set; }

    /// <summary>The name of the quota limit.</summary>
    [JsonPropertyName("limitName")]
    public string? LimitName { get; set; }

    /// <summary>The Compute Engine quota metric name.</summary>
    [JsonPropertyName("metricName")]
    public string? MetricName { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
