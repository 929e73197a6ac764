using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.ResourceManager;

/// <summary>The response of Cloud Resource Manager v3 <c>GET v3/projects:search</c>.</summary>
public sealed class SearchProjectsResponse
{
    /// <summary>The projects on this page; absent when nothing matched.</summary>
    [JsonPropertyName("projects")]
    public List<ResourceManagerProject>? Projects { get; set; }

    /// <summary>The token for the next page; absent on the last page.</summary>
    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; set; }

    /// <summary>Members this model does not declare, kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
