using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>[Input Only] Specifies the parameters for a new disk that will be created alongside the new instance.</summary>
public sealed class AttachedDiskInitializeParams
{
    /// <summary>The architecture of the attached disk.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>An optional description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Specifies the disk name.</summary>
    [JsonPropertyName("diskName")]
    public string? DiskName { get; set; }

    /// <summary>Specifies the size of the disk in base-2 GB.</summary>
    [JsonPropertyName("diskSizeGb")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? DiskSizeGb { get; set; }

    /// <summary>Specifies the disk type to use to create the instance.</summary>
    [JsonPropertyName("diskType")]
    public string? DiskType { get; set; }

    /// <summary>Labels to apply to this disk.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>A list of publicly visible licenses.</summary>
    [JsonPropertyName("licenses")]
    public List<string>? Licenses { get; set; }

    /// <summary>Specifies which action to take on instance update with this disk.</summary>
    [JsonPropertyName("onUpdateAction")]
    public string? OnUpdateAction { get; set; }

    /// <summary>Indicates how many IOPS to provision for the disk.</summary>
    [JsonPropertyName("provisionedIops")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? ProvisionedIops { get; set; }

    /// <summary>Indicates how much throughput to provision for the disk.</summary>
    [JsonPropertyName("provisionedThroughput")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? ProvisionedThroughput { get; set; }

    /// <summary>Required for each regional disk associated with the instance.</summary>
    [JsonPropertyName("replicaZones")]
    public List<string>? ReplicaZones { get; set; }

    /// <summary>Resource manager tags to be bound to the disk.</summary>
    [JsonPropertyName("resourceManagerTags")]
    public Dictionary<string, string>? ResourceManagerTags { get; set; }

    /// <summary>Resource policies applied to this disk for automatic snapshot creations.</summary>
    [JsonPropertyName("resourcePolicies")]
    public List<string>? ResourcePolicies { get; set; }

    /// <summary>The source image to create this disk.</summary>
    [JsonPropertyName("sourceImage")]
    public string? SourceImage { get; set; }

    /// <summary>The customer-supplied encryption key of the source image.</summary>
    [JsonPropertyName("sourceImageEncryptionKey")]
    public CustomerEncryptionKey? SourceImageEncryptionKey { get; set; }

    /// <summary>The source snapshot to create this disk.</summary>
    [JsonPropertyName("sourceSnapshot")]
    public string? SourceSnapshot { get; set; }

    /// <summary>The customer-supplied encryption key of the source snapshot.</summary>
    [JsonPropertyName("sourceSnapshotEncryptionKey")]
    public CustomerEncryptionKey? SourceSnapshotEncryptionKey { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
