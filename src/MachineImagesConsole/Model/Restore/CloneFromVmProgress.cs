namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// The state of both steps of a clone from a VM: (1) the machine image of the VM, (2) the restore into a new VM.
/// The operation names let a page follow each tracked operation live.
/// </summary>
public sealed record CloneFromVmProgress
{
    public required string ImageName { get; init; }

    public CloneStepState ImageStep { get; init; } = CloneStepState.Pending;

    public string? ImageOperation { get; init; }

    public CloneStepState RestoreStep { get; init; } = CloneStepState.Pending;

    public string? RestoreOperation { get; init; }

    /// <summary>The new VM's status once known (RUNNING when the clone is done).</summary>
    public string? VmStatus { get; init; }

    /// <summary>What went wrong, and what to do (empty while all is well).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool Finished => ImageStep == CloneStepState.Failed || RestoreStep is CloneStepState.Succeeded or CloneStepState.Failed;

    public bool Succeeded => RestoreStep == CloneStepState.Succeeded;
}
