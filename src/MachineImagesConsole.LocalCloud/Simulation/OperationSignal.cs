namespace MachineImagesConsole.LocalCloud.Simulation;

/// <summary>Wakes <c>operations.wait</c> callers whenever the simulation changes any operation.</summary>
public sealed class OperationSignal
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Changed => Volatile.Read(ref _changed).Task;

    public void Pulse() => Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
