using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Model.Drills;

/// <summary><c>Console:Drills</c>: where restore drills run and how they are verified.</summary>
public sealed class DrillOptions
{
    public const string SectionName = "Console:Drills";

    /// <summary>The isolated project drills restore into.</summary>
    public string Project { get; set; } = "acme-dr";

    public string Zone { get; set; } = "europe-west1-c";

    /// <summary>The isolated drill network (no peering, no routes to production).</summary>
    public string Network { get; set; } = "dr-drill-vpc";

    public string Subnetwork { get; set; } = "dr-europe-west1";

    /// <summary>The line the restored VM must print on serial port 1 for the drill to pass.</summary>
    public string BootMarker { get; set; } = "LocalCloud: boot complete";

    /// <summary>The recovery time objective the measured RTO is compared with (default 30 minutes).</summary>
    public TimeSpan RtoTarget { get; set; } = ComputeLimits.DefaultRtoTarget;

    /// <summary>How long the drill waits for Compute's operations and for RUNNING.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>How long the drill waits for the boot marker (and the probe) once the VM is RUNNING.</summary>
    public TimeSpan VerifyTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Optional reachability probe after the boot marker: None (default, skipped), Tcp or Http.</summary>
    public DrillProbeKind ProbeKind { get; set; } = DrillProbeKind.None;

    /// <summary>The host to probe; empty uses the drill VM's internal IP.</summary>
    public string? ProbeHost { get; set; }

    public int? ProbePort { get; set; }

    /// <summary>HTTP path of the probe (default <c>/</c>).</summary>
    public string? ProbePath { get; set; }

    /// <summary>Drills run at the same time, at most.</summary>
    public int MaxConcurrentDrills { get; set; } = 2;
}
