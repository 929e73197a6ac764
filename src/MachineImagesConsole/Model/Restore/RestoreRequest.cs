namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// What the restored VM should look like: prefilled from the machine image's stored instance properties
/// (<see cref="RestorePlanner.FromMachineImage"/>); whatever differs from the stored value becomes an override.
/// </summary>
public sealed class RestoreRequest
{
    /// <summary>The project that holds the machine image.</summary>
    public string SourceProject { get; set; } = string.Empty;

    public string MachineImage { get; set; } = string.Empty;

    public string TargetProject { get; set; } = string.Empty;

    public string Zone { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Use <see cref="MachineType"/> (predefined) when false; custom vCPUs and memory when true.</summary>
    public bool UseCustomMachineType { get; set; }

    /// <summary>A predefined machine type of the zone (short name, e.g. <c>n2-standard-4</c>).</summary>
    public string MachineType { get; set; } = string.Empty;

    public string CustomFamily { get; set; } = "n2";

    public int CustomVcpus { get; set; } = 2;

    public int CustomMemoryMb { get; set; } = 4096;

    public bool CustomExtendedMemory { get; set; }

    /// <summary>Network short name in <see cref="TargetProject"/>.</summary>
    public string Network { get; set; } = string.Empty;

    /// <summary>Subnetwork short name in the zone's region.</summary>
    public string Subnetwork { get; set; } = string.Empty;

    /// <summary>The region of <see cref="Subnetwork"/> as Compute reports it (for the pre-flight check); null when unknown.</summary>
    public string? SubnetworkRegion { get; set; }

    public bool ExternalIp { get; set; }

    public List<string> NetworkTags { get; set; } = [];

    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every metadata item the VM gets except <c>startup-script</c> (add, replace and remove by editing this list).</summary>
    public List<MetadataEntry> Metadata { get; set; } = [];

    /// <summary>The <c>startup-script</c> metadata value; empty removes it.</summary>
    public string StartupScript { get; set; } = string.Empty;

    /// <summary>The VM's service account e-mail; empty means no service account.</summary>
    public string ServiceAccountEmail { get; set; } = string.Empty;

    public List<string> Scopes { get; set; } = [];

    public ProvisioningChoice Provisioning { get; set; } = ProvisioningChoice.Standard;

    public bool DeletionProtection { get; set; }

    /// <summary>The machine type name to send (predefined or custom).</summary>
    public string EffectiveMachineType => UseCustomMachineType
        ? CustomMachineType.Name(CustomFamily, CustomVcpus, CustomMemoryMb, CustomExtendedMemory)
        : MachineType;

    /// <summary>The region of <see cref="Zone"/> (<c>us-central1-a</c> → <c>us-central1</c>).</summary>
    public string Region => RestorePlanner.RegionOf(Zone);
}
