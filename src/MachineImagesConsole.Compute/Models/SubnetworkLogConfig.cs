using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>The available logging options for this subnetwork.</summary>
public sealed class SubnetworkLogConfig
{
    /// <summary>Can only be specified if VPC flow logging for this subnetwork is enabled.</summary>
    [JsonPropertyName("aggregationInterval")]
    public string? AggregationInterval { get; set; }

    /// <summary>Whether to enable flow logging for this subnetwork.</summary>
    [JsonPropertyName("enable")]
    public bool? Enable { get; set; }

    /// <summary>Can only be specified if VPC flow logs for this subnetwork is enabled.</summary>
    [JsonPropertyName("filterExpr")]
    public string? FilterExpr { get; set; }

    /// <summary>Can only be specified if VPC flow logging for this subnetwork is enabled.</summary>
    [JsonPropertyName("flowSampling")]
    public float? FlowSampling { get; set; }

    /// <summary>Can only be specified if VPC flow logs for this subnetwork is enabled.</summary>
    [JsonPropertyName("metadata")]
    public string? Metadata { get; set; }

    /// <summary>Can only be specified if VPC flow logs for this subnetwork is enabled and "metadata" was set to CUSTOM_METADATA.</summary>
    [JsonPropertyName("metadataFields")]
    public List<string>? MetadataFields { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
