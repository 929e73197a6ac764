using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Specifies options for controlling advanced machine features.</summary>
public sealed class AdvancedMachineFeatures
{
    /// <summary>Whether to enable nested virtualization or not (default is false).</summary>
    [JsonPropertyName("enableNestedVirtualization")]
    public bool? EnableNestedVirtualization { get; set; }

    /// <summary>Whether to enable UEFI networking for instance creation.</summary>
    [JsonPropertyName("enableUefiNetworking")]
    public bool? EnableUefiNetworking { get; set; }

    /// <summary>The number of threads per physical core.</summary>
    [JsonPropertyName("threadsPerCore")]
    public int? ThreadsPerCore { get; set; }

    /// <summary>The number of physical cores to expose to an instance.</summary>
    [JsonPropertyName("visibleCoreCount")]
    public int? VisibleCoreCount { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
