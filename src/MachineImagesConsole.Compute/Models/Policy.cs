using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>An Identity and Access Management (IAM) policy, which specifies access controls for Google Cloud resources.</summary>
public sealed class Policy
{
    /// <summary>Specifies cloud audit logging configuration for this policy.</summary>
    [JsonPropertyName("auditConfigs")]
    public List<AuditConfig>? AuditConfigs { get; set; }

    /// <summary>Associates a list of `members`, or principals, with a `role`.</summary>
    [JsonPropertyName("bindings")]
    public List<Binding>? Bindings { get; set; }

    /// <summary>`etag` is used for optimistic concurrency control as a way to help prevent simultaneous updates of a policy from overwriting each other.</summary>
    [JsonPropertyName("etag")]
    public string? Etag { get; set; }

    /// <summary>Specifies the format of the policy.</summary>
    [JsonPropertyName("version")]
    public int? Version { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
