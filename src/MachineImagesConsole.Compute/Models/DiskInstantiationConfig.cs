using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>A specification of the desired way to instantiate a disk in the instance template when its created from a source instance.</summary>
public sealed class DiskInstantiationConfig
{
    /// <summary>Specifies whether the disk will be auto-deleted when the instance is deleted (but not when the disk is detached from the instance).</summary>
    [JsonPropertyName("autoDelete")]
    public bool? AutoDelete { get; set; }

    /// <summary>The custom source image to be used to restore this disk when instantiating this instance template.</summary>
    [JsonPropertyName("customImage")]
    public string? CustomImage { get; set; }

    /// <summary>Specifies the device name of the disk to which the configurations apply to.</summary>
    [JsonPropertyName("deviceName")]
    public string? DeviceName { get; set; }

    /// <summary>Specifies whether to include the disk and what image to use.</summary>
    [JsonPropertyName("instantiateFrom")]
    public string? InstantiateFrom { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
