namespace MachineImagesConsole.Data;

/// <summary>
/// One restore drill: restore a machine image into the isolated drill network, verify it boots, time each phase,
/// clean up. Persisted at every phase (the background service resumes unfinished drills on start).
/// </summary>
public sealed class DrillRun
{
    public long Id { get; set; }

    /// <summary>The project of the source machine image (or of the instance whose latest backup is used).</summary>
    public string SourceProject { get; set; } = string.Empty;

    /// <summary>The machine image restored (resolved when the drill starts for "latest backup of an instance").</summary>
    public string? SourceMachineImage { get; set; }

    /// <summary>The instance (<c>zones/Z/instances/NAME</c>) when the drill restores its latest backup, or the image's source instance.</summary>
    public string? SourceInstance { get; set; }

    /// <summary>True when the drill was asked for "the latest backup of <see cref="SourceInstance"/>".</summary>
    public bool LatestBackupOfInstance { get; set; }

    public string TargetProject { get; set; } = string.Empty;

    public string Zone { get; set; } = string.Empty;

    public string Network { get; set; } = string.Empty;

    public string Subnetwork { get; set; } = string.Empty;

    /// <summary>The generated name of the drill VM.</summary>
    public string VmName { get; set; } = string.Empty;

    public string BootMarker { get; set; } = string.Empty;

    public DrillProbeKind ProbeKind { get; set; }

    /// <summary>TCP host or HTTP URL base to probe; empty means the VM's internal IP.</summary>
    public string? ProbeHost { get; set; }

    public int? ProbePort { get; set; }

    public string? ProbePath { get; set; }

    public bool KeepVm { get; set; }

    public double RtoTargetSeconds { get; set; }

    public string RequestedBy { get; set; } = string.Empty;

    public string RequestedRole { get; set; } = string.Empty;

    public DrillRunStatus Status { get; set; }

    public DrillPhase Phase { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When the runner started the drill (time zero of the RTO).</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When Compute accepted the <c>instances.insert</c>.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? RunningAt { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? InsertOperationName { get; set; }

    /// <summary>Why the drill failed (null when it passed or is not finished).</summary>
    public string? FailureReason { get; set; }

    /// <summary>What happened to the drill VM: Deleted, Kept, NotCreated, or why deletion failed.</summary>
    public string? CleanupResult { get; set; }

    /// <summary>Seconds from <see cref="StartedAt"/> to <see cref="VerifiedAt"/> (the measured RTO) when verified.</summary>
    public double? RtoSeconds { get; set; }

    public bool MetRtoTarget => RtoSeconds is { } rto && rto <= RtoTargetSeconds;
}
