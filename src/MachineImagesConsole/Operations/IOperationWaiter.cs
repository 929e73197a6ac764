using MachineImagesConsole.Data;

namespace MachineImagesConsole.Operations;

/// <summary>
/// Waits for one tracked operation to reach DONE (Compute's <c>operations.wait</c>, looped), reporting
/// every intermediate state. The production implementation calls Compute with the credentials from
/// <see cref="IOperationPollingCredentials"/>.
/// </summary>
public interface IOperationWaiter
{
    /// <summary>
    /// Returns the DONE operation; throws when Compute cannot be asked (the tracker retries). While
    /// <paramref name="watch"/> says someone is watching, progress is read more often than the wait alone reports it.
    /// </summary>
    Task<OperationSnapshot> WaitAsync(TrackedOperation operation, IProgress<OperationSnapshot> progress, OperationWatch watch, CancellationToken cancellationToken);
}
