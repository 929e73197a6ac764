using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>The location in Cloud Storage and naming method of the daily usage report.</summary>
public sealed class UsageExportLocation
{
    /// <summary>The name of an existing bucket in Cloud Storage where the usage report object is stored.</summary>
    [JsonPropertyName("bucketName")]
    public string? BucketName { get; set; }

    /// <summary>An optional prefix for the name of the usage report object stored in bucketName.</summary>
    [JsonPropertyName("reportNamePrefix")]
    public string? ReportNamePrefix { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
