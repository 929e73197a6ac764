using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents an Instance Template resource.</summary>
public sealed class InstanceTemplate
{
    /// <summary>[Output Only] The creation timestamp for this instance template in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>An optional description of this resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>[Output Only] A unique identifier for this instance template.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Output Only] The resource type, which is always compute#instanceTemplate for instance templates.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>Name of the resource; provided by the client when the resource is created.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The instance properties for this instance template.</summary>
    [JsonPropertyName("properties")]
    public InstanceProperties? Properties { get; set; }

    /// <summary>[Output Only] URL of the region where the instance template resides.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>[Output Only] The URL for this instance template.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>The source instance used to create the template.</summary>
    [JsonPropertyName("sourceInstance")]
    public string? SourceInstance { get; set; }

    /// <summary>The source instance params to use to create this instance template.</summary>
    [JsonPropertyName("sourceInstanceParams")]
    public SourceInstanceParams? SourceInstanceParams { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
