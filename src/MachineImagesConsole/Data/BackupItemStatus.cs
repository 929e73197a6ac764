namespace MachineImagesConsole.Data;

/// <summary>How one instance's backup in a run stands.</summary>
public enum BackupItemStatus
{
    /// <summary>Waiting for a free creation slot in its region.</summary>
    Queued = 0,
    Creating = 1,
    Succeeded = 2,
    Failed = 3,

    /// <summary>Not attempted: a limit (rate per VM, images per project) or the VM is gone.</summary>
    Skipped = 4,
}
