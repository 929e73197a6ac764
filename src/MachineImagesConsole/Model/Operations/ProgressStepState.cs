namespace MachineImagesConsole.Model.Operations;

/// <summary>Where one step of a multi-step flow stands.</summary>
public enum ProgressStepState
{
    Waiting = 0,
    Active = 1,
    Done = 2,
    Failed = 3,
    Skipped = 4,
}
