namespace MachineImagesConsole.Data;

/// <summary>How a backup run stands.</summary>
public enum BackupRunStatus
{
    Running = 0,
    Succeeded = 1,

    /// <summary>Some instances were backed up, some were not (see the items).</summary>
    PartlyFailed = 2,
    Failed = 3,

    /// <summary>Nothing to do (no target matched, or every instance was skipped for a limit).</summary>
    Skipped = 4,
}
