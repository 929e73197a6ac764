using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents a Project resource.</summary>
public sealed class Project
{
    /// <summary>Metadata key/value pairs available to all instances contained in this project.</summary>
    [JsonPropertyName("commonInstanceMetadata")]
    public Metadata? CommonInstanceMetadata { get; set; }

    /// <summary>[Output Only] Creation timestamp in RFC3339 text format.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>This signifies the default network tier used for configuring resources of the project and can only take the following values: PREMIUM, STANDARD.</summary>
    [JsonPropertyName("defaultNetworkTier")]
    public string? DefaultNetworkTier { get; set; }

    /// <summary>[Output Only] Default service account used by VMs running in this project.</summary>
    [JsonPropertyName("defaultServiceAccount")]
    public string? DefaultServiceAccount { get; set; }

    /// <summary>An optional textual description of the resource.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Restricted features enabled for use on this project.</summary>
    [JsonPropertyName("enabledFeatures")]
    public List<string>? EnabledFeatures { get; set; }

    /// <summary>[Output Only] The unique identifier for the resource.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>The project ID.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>[Output Only] Quotas assigned to this project.</summary>
    [JsonPropertyName("quotas")]
    public List<Quota>? Quotas { get; set; }

    /// <summary>[Output Only] Server-defined URL for the resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>The naming prefix for daily usage reports and the Google Cloud Storage bucket where they are stored.</summary>
    [JsonPropertyName("usageExportLocation")]
    public UsageExportLocation? UsageExportLocation { get; set; }

    /// <summary>[Output Only] Default internal DNS setting used by VMs running in this project.</summary>
    [JsonPropertyName("vmDnsSetting")]
    public string? VmDnsSetting { get; set; }

    /// <summary>[Output Only] The role this project has in a shared VPC configuration.</summary>
    [JsonPropertyName("xpnProjectStatus")]
    public string? XpnProjectStatus { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
