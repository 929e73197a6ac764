using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Describes the cause of the error with structured details.</summary>
public sealed class ErrorInfo
{
    /// <summary>The logical grouping to which the "reason" belongs.</summary>
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    /// <summary>Additional structured details about this error.</summary>
    [JsonPropertyName("metadatas")]
    public Dictionary<string, string>? Metadatas { get; set; }

    /// <summary>The reason of the error.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
