using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a textual expression in the Common Expression Language (CEL) syntax.</summary>
public sealed class Expr
{
    /// <summary>Optional.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Textual representation of an expression in Common Expression Language syntax.</summary>
    [JsonPropertyName("expression")]
    public string? Expression { get; set; }

    /// <summary>Optional.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    /// <summary>Optional.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
