using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.ResourceManager;

/// <summary>A Cloud Resource Manager v3 project as returned by <c>projects.search</c>.</summary>
public sealed class ResourceManagerProject
{
    /// <summary>The unique resource name, <c>projects/{projectNumber}</c>, e.g. <c>projects/415104041262</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The parent, e.g. <c>organizations/123</c> or <c>folders/456</c>.</summary>
    [JsonPropertyName("parent")]
    public string? Parent { get; set; }

    /// <summary>The globally unique project id, e.g. <c>acme-prod</c>. This is what Compute paths use.</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; set; }

    /// <summary><c>ACTIVE</c>, <c>DELETE_REQUESTED</c> or <c>STATE_UNSPECIFIED</c> (see <see cref="ResourceManagerProjectState"/>).</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>A user-assigned display name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>RFC 3339 creation time.</summary>
    [JsonPropertyName("createTime")]
    public string? CreateTime { get; set; }

    /// <summary>RFC 3339 time of the last update.</summary>
    [JsonPropertyName("updateTime")]
    public string? UpdateTime { get; set; }

    /// <summary>RFC 3339 time the project was requested for deletion.</summary>
    [JsonPropertyName("deleteTime")]
    public string? DeleteTime { get; set; }

    /// <summary>A checksum computed by the server.</summary>
    [JsonPropertyName("etag")]
    public string? Etag { get; set; }

    /// <summary>The project's labels.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Members this model does not declare, kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
