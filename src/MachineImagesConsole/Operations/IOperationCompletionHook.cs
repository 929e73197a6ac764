namespace MachineImagesConsole.Operations;

/// <summary>
/// What the console does when a tracked operation reaches DONE, attached to the tracker from outside the lifecycle
/// (the audit outcome and the list-cache clearing live in <c>Model/</c>). The tracker calls every registered hook once
/// per operation, after the DONE state is persisted and before DONE is published to subscribers.
/// </summary>
public interface IOperationCompletionHook
{
    /// <param name="finished">The operation as subscribers see it at DONE (error reasons kept as Compute's codes).</param>
    Task OnCompletedAsync(OperationProgress finished, CancellationToken cancellationToken);
}
