using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>The policy describes the baseline against which Instance boot integrity is measured.</summary>
public sealed class ShieldedInstanceIntegrityPolicy
{
    /// <summary>Updates the integrity policy baseline using the measurements from the VM instance's most recent boot.</summary>
    [JsonPropertyName("updateAutoLearnPolicy")]
    public bool? UpdateAutoLearnPolicy { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
