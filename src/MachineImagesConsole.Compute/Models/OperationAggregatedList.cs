using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary><c>globalOperations.aggregatedList</c>: a project's operations keyed by scope (<c>global</c>, <c>regions/R</c>, <c>zones/Z</c>).</summary>
public sealed class OperationAggregatedList
{
    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>[Output Only] A map of scoped operation lists.</summary>
    [JsonPropertyName("items")]
    public Dictionary<string, OperationsScopedList>? Items { get; set; }

    /// <summary>[Output Only] Type of resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>[Output Only] This token allows you to get the next page of results for list requests.</summary>
    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; set; }

    /// <summary>[Output Only] Server-defined URL for this resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>[Output Only] Unreachable resources.</summary>
    [JsonPropertyName("unreachables")]
    public List<string>? Unreachables { get; set; }

    /// <summary>[Output Only] Informational warning message.</summary>
    [JsonPropertyName("warning")]
    public ComputeWarning? Warning { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
