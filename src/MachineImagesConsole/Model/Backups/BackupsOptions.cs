using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Backups;

/// <summary><c>Console:Backups</c>: the scheduler and the policies declared in configuration.</summary>
public sealed class BackupsOptions
{
    public const string SectionName = "Console:Backups";

    /// <summary>Run the scheduler in this console (default true). A console that only serves pages may turn it off.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>Policies declared in configuration: read-only in the UI, rewritten at every start.</summary>
    public List<DeclaredBackupPolicy> Policies { get; set; } = [];

    /// <summary>A tick later than this (the console was down) is a misfire: it runs once at start-up. Default 60 s.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Machine-image creations the console runs at once per region (Compute allows 20). The rest queue.</summary>
    public int MaxConcurrentCreationsPerRegion { get; set; } = ComputeLimits.ConcurrentCreationsPerRegion;

    /// <summary>How long one machine image may take before the run stops following it.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>A VM whose newest backup is older than this is "stale" on the Instances page (default 26 hours).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(26);
}
