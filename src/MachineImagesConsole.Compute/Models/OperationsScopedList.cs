using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

public sealed class OperationsScopedList
{
    /// <summary>[Output Only] A list of operations contained in this scope.</summary>
    [JsonPropertyName("operations")]
    public List<Operation>? Operations { get; set; }

    /// <summary>[Output Only] Informational warning which replaces the list of operations when the list is empty.</summary>
    [JsonPropertyName("warning")]
    public ComputeWarning? Warning { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
