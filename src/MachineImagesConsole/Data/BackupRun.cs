namespace MachineImagesConsole.Data;

/// <summary>One run of a backup policy (a scheduled tick, a catch-up after downtime, or "Run now"), and its outcome.</summary>
public sealed class BackupRun
{
    public long Id { get; set; }

    public long PolicyId { get; set; }

    public string PolicyName { get; set; } = string.Empty;

    public string Project { get; set; } = string.Empty;

    /// <summary>The scheduled fire time (for "Run now", the moment it was asked); with the policy and instance it makes the requestId.</summary>
    public DateTimeOffset ScheduledFor { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public BackupRunTrigger Trigger { get; set; }

    /// <summary>Who asked (the policy for scheduled runs, the person for "Run now").</summary>
    public string RequestedBy { get; set; } = string.Empty;

    public BackupRunStatus Status { get; set; }

    /// <summary>
    /// For a "Run now" of one VM (<c>zone/name</c>): the run backs up only that VM, and a run resumed after a crash does too.
    /// Null: every VM the policy targets.
    /// </summary>
    public string? Instance { get; set; }

    /// <summary>Warnings and failures of the run as a whole (project limit, no target matched, retention...).</summary>
    public string? Notes { get; set; }

    public string? RetentionSummary { get; set; }

    public List<BackupRunItem> Items { get; set; } = [];
}
