using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Associates `members`, or principals, with a `role`.</summary>
public sealed class Binding
{
    /// <summary>The condition that is associated with this binding.</summary>
    [JsonPropertyName("condition")]
    public Expr? Condition { get; set; }

    /// <summary>Specifies the principals requesting access for a Google Cloud resource.</summary>
    [JsonPropertyName("members")]
    public List<string>? Members { get; set; }

    /// <summary>Role that is assigned to the list of `members`, or principals.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
