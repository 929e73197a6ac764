using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

[DiscoverySchema("Operation.error.errors[]")]
public sealed class OperationErrorItem
{
    /// <summary>[Output Only] The error type identifier for this error.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>[Output Only] An optional list of messages that contain the error details.</summary>
    [JsonPropertyName("errorDetails")]
    public List<OperationErrorDetail>? ErrorDetails { get; set; }

    /// <summary>[Output Only] Indicates the field in the request that caused the error.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    /// <summary>[Output Only] An optional, human-readable error message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
