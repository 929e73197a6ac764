namespace MachineImagesConsole.Model.Restore;

/// <summary>Where one step of a clone from a VM is.</summary>
public enum CloneStepState
{
    Pending,
    Running,
    Succeeded,
    Failed,
}
