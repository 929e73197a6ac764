using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a Machine Type resource.</summary>
public sealed class MachineType
{
    /// <summary>[Output Only] A list of accelerator configurations assigned to this machine type.</summary>
    [JsonPropertyName("accelerators")]
    public List<MachineTypeAccelerator>? Accelerators { get; set; }

    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>[Output Only] The deprecation status associated with this machine type.</summary>
    [JsonPropertyName("deprecated")]
    public DeprecationStatus? Deprecated { get; set; }

    /// <summary>[Output Only] An optional textual description of the resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>[Output Only] The number of virtual CPUs that are available to the instance.</summary>
    [JsonPropertyName("guestCpus")]
    public int? GuestCpus { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Deprecated] This property is deprecated and will never be populated with any relevant values.</summary>
    [JsonPropertyName("imageSpaceGb")]
    public int? ImageSpaceGb { get; set; }

    /// <summary>[Output Only] Whether this machine type has a shared CPU.</summary>
    [JsonPropertyName("isSharedCpu")]
    public bool? IsSharedCpu { get; set; }

    /// <summary>[Output Only] The type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>[Output Only] Maximum persistent disks allowed.</summary>
    [JsonPropertyName("maximumPersistentDisks")]
    public int? MaximumPersistentDisks { get; set; }

    /// <summary>[Output Only] Maximum total persistent disks size (GB) allowed.</summary>
    [JsonPropertyName("maximumPersistentDisksSizeGb")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? MaximumPersistentDisksSizeGb { get; set; }

    /// <summary>[Output Only] The amount of physical memory available to the instance, defined in MB.</summary>
    [JsonPropertyName("memoryMb")]
    public int? MemoryMb { get; set; }

    /// <summary>[Output Only] Name of the resource.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>[Output Only] A list of extended scratch disks assigned to the instance.</summary>
    [JsonPropertyName("scratchDisks")]
    public List<MachineTypeScratchDisk>? ScratchDisks { get; set; }

    /// <summary>[Output Only] Server-defined URL for the resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>[Output Only] The name of the zone where the machine type resides, such as us-central1-a.</summary>
    [JsonPropertyName("zone")]
    public string? Zone { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
