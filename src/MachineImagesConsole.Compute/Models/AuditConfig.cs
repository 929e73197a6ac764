using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Specifies the audit configuration for a service.</summary>
public sealed class AuditConfig
{
    /// <summary>The configuration for logging of each type of permission.</summary>
    [JsonPropertyName("auditLogConfigs")]
    public List<AuditLogConfig>? AuditLogConfigs { get; set; }

    /// <summary>This is deprecated and has no effect.</summary>
    [JsonPropertyName("exemptedMembers")]
    public List<string>? ExemptedMembers { get; set; }

    /// <summary>Specifies a service that will be enabled for audit logging.</summary>
    [JsonPropertyName("service")]
    public string? Service { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
