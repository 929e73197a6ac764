using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Provides a localized error message that is safe to return to the user which can be attached to an RPC error.</summary>
public sealed class LocalizedMessage
{
    /// <summary>The locale used following the specification defined at https://www.rfc-editor.org/rfc/bcp/bcp47.txt.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    /// <summary>The localized error message in the above locale.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
