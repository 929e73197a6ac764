using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Node Affinity: the configuration of desired nodes onto which this Instance could be scheduled.</summary>
public sealed class SchedulingNodeAffinity
{
    /// <summary>Corresponds to the label key of Node resource.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Defines the operation of node selection.</summary>
    [JsonPropertyName("operator")]
    public string? Operator { get; set; }

    /// <summary>Corresponds to the label values of Node resource.</summary>
    [JsonPropertyName("values")]
    public List<string>? Values { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
