namespace MachineImagesConsole.Operations;

/// <summary>
/// Thrown by <see cref="OperationTracker.WhenDoneAsync"/> when the console stopped following the operation before it was
/// DONE (Compute refused to show it any more). The operation may still finish in Compute; <see cref="Progress"/> holds the
/// last state seen and why following stopped.
/// </summary>
public sealed class OperationUnfollowedException : Exception
{
    public OperationUnfollowedException(OperationProgress progress)
        : base($"The console stopped following {progress?.OperationName} before it was DONE: {progress?.ErrorMessage} ({string.Join(", ", progress?.ErrorReasons ?? [])})")
    {
        ArgumentNullException.ThrowIfNull(progress);
        Progress = progress;
    }

    public OperationProgress Progress { get; }
}
