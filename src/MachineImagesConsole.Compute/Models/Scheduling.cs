using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Sets the scheduling options for an Instance.</summary>
public sealed class Scheduling
{
    /// <summary>Specifies whether the instance should be automatically restarted if it is terminated by Compute Engine (not terminated by a user).</summary>
    [JsonPropertyName("automaticRestart")]
    public bool? AutomaticRestart { get; set; }

    /// <summary>Specifies the termination action for the instance.</summary>
    [JsonPropertyName("instanceTerminationAction")]
    public string? InstanceTerminationAction { get; set; }

    /// <summary>An opaque location hint used to place the instance close to other resources.</summary>
    [JsonPropertyName("locationHint")]
    public string? LocationHint { get; set; }

    /// <summary>The minimum number of virtual CPUs this instance will consume when running on a sole-tenant node.</summary>
    [JsonPropertyName("minNodeCpus")]
    public int? MinNodeCpus { get; set; }

    /// <summary>A set of node affinity and anti-affinity configurations.</summary>
    [JsonPropertyName("nodeAffinities")]
    public List<SchedulingNodeAffinity>? NodeAffinities { get; set; }

    /// <summary>Defines the maintenance behavior for this instance.</summary>
    [JsonPropertyName("onHostMaintenance")]
    public string? OnHostMaintenance { get; set; }

    /// <summary>Defines whether the instance is preemptible.</summary>
    [JsonPropertyName("preemptible")]
    public bool? Preemptible { get; set; }

    /// <summary>Specifies the provisioning model of the instance.</summary>
    [JsonPropertyName("provisioningModel")]
    public string? ProvisioningModel { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
