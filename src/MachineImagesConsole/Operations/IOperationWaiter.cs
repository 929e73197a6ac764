using MachineImagesConsole.Data;

namespace MachineImagesConsole.Operations;

/// <summary>
/// Waits for one tracked operation to reach DONE (Compute's <c>operations.wait</c>, looped), reporting
/// every intermediate state. The production implementation calls Compute with the credentials from
/// <see cref="IOperationPollingCredentials"/>.
/// </summary>
public interface IOperationWaiter
{
    /// <summary>Returns the DONE operation; throws when Compute cannot be asked (the tracker retries).</summary>
    Task<OperationSnapshot> WaitAsync(TrackedOperation operation, IProgress<OperationSnapshot> progress, CancellationToken cancellationToken);
}
