namespace MachineImagesConsole.Data;

/// <summary>The outcome of a restore drill.</summary>
public enum DrillRunStatus
{
    Queued = 0,
    Running = 1,
    Passed = 2,
    Failed = 3,
}
