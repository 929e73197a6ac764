using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Provides links to documentation or for performing an out of band action.</summary>
public sealed class Help
{
    /// <summary>URL(s) pointing to additional information on handling the current error.</summary>
    [JsonPropertyName("links")]
    public List<HelpLink>? Links { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
