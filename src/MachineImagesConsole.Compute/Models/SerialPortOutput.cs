using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>An instance serial console output.</summary>
public sealed class SerialPortOutput
{
    /// <summary>[Output Only] The contents of the console output.</summary>
    [JsonPropertyName("contents")]
    public string? Contents { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>[Output Only] The position of the next byte of content, regardless of whether the content exists, following the output returned in the `contents` property.</summary>
    [JsonPropertyName("next")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? Next { get; set; }

    /// <summary>[Output Only] Server-defined URL for this resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>The starting byte position of the output that was returned.</summary>
    [JsonPropertyName("start")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? Start { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
