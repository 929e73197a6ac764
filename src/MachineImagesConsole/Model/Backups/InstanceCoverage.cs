namespace MachineImagesConsole.Model.Backups;

/// <summary>One VM on the Instances page: the policies that cover it, its newest backup and a state.</summary>
public sealed record InstanceCoverage(
    string Zone,
    string Name,
    string Status,
    IReadOnlyList<CoveringPolicy> Policies,
    string? NewestBackup,
    DateTimeOffset? NewestBackupAt,
    TimeSpan? BackupAge,
    DateTimeOffset? NextRun,
    CoverageState State)
{
    /// <summary><c>zones/Z/instances/NAME</c> (what the drill and restore flows take).</summary>
    public string InstancePath => $"zones/{Zone}/instances/{Name}";
}

/// <summary>A policy that covers a VM (its id, for "Back up with" and the policy's page).</summary>
public sealed record CoveringPolicy(long Id, string Name);
