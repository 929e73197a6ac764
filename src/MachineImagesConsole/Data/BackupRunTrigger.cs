namespace MachineImagesConsole.Data;

/// <summary>What started a backup run.</summary>
public enum BackupRunTrigger
{
    Schedule = 0,

    /// <summary>The run a tick missed while the console was down, made once at start-up.</summary>
    CatchUp = 1,
    RunNow = 2,
}
