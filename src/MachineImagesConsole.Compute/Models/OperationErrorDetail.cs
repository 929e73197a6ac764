using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

[DiscoverySchema("Operation.error.errors[].errorDetails[]")]
public sealed class OperationErrorDetail
{
    [JsonPropertyName("errorInfo")]
    public ErrorInfo? ErrorInfo { get; set; }

    [JsonPropertyName("help")]
    public Help? Help { get; set; }

    [JsonPropertyName("localizedMessage")]
    public LocalizedMessage? LocalizedMessage { get; set; }

    [JsonPropertyName("quotaInfo")]
    public QuotaExceededInfo? QuotaInfo { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
