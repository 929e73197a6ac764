using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>[Output Only] If errors are generated during processing of the operation, this field will be populated.</summary>
[DiscoverySchema("Operation.error")]
public sealed class OperationError
{
    /// <summary>[Output Only] The array of errors encountered while processing this operation.</summary>
    [JsonPropertyName("errors")]
    public List<OperationErrorItem>? Errors { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
