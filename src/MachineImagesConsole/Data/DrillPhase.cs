namespace MachineImagesConsole.Data;

/// <summary>Where a restore drill is; persisted so a drill resumes where it was after a restart.</summary>
public enum DrillPhase
{
    Queued = 0,
    Restoring = 1,
    WaitingForRunning = 2,
    Verifying = 3,
    CleaningUp = 4,
    Done = 5,
}
