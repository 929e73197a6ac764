using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Provides the configuration for logging a type of permissions.</summary>
public sealed class AuditLogConfig
{
    /// <summary>Specifies the identities that do not cause logging for this type of permission.</summary>
    [JsonPropertyName("exemptedMembers")]
    public List<string>? ExemptedMembers { get; set; }

    /// <summary>This is deprecated and has no effect.</summary>
    [JsonPropertyName("ignoreChildExemptions")]
    public bool? IgnoreChildExemptions { get; set; }

    /// <summary>The log type that this config enables.</summary>
    [JsonPropertyName("logType")]
    public string? LogType { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
