namespace MachineImagesConsole.Operations;

/// <summary>
/// Who may follow a tracked operation. One instance: always this one (<see cref="SingleInstanceOperationLeases"/>).
/// Several on PostgreSQL: a lease in the database (<see cref="DatabaseOperationLeases"/>) that the owner renews every
/// <see cref="RenewInterval"/>.
/// </summary>
public interface IOperationLeases
{
    /// <summary>How often the owner renews (and other instances look for expired leases).</summary>
    TimeSpan RenewInterval { get; }

    /// <summary>True when this instance now owns the operation (it had no lease, its lease expired, or this instance already owned it).</summary>
    Task<bool> TryAcquireAsync(long trackedOperationId, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the lease whoever holds it. The instance that submitted an operation another instance tracked first (seen
    /// in the operations list an instant before the submitter stored it) follows its own operation: the other's next
    /// renewal fails and it stops following.
    /// </summary>
    Task ClaimAsync(long trackedOperationId, CancellationToken cancellationToken);

    /// <summary>Extends this instance's lease; false when another instance holds it now.</summary>
    Task<bool> RenewAsync(long trackedOperationId, CancellationToken cancellationToken);

    /// <summary>Gives the operation up (done, or this instance is stopping), so another instance may take it at once.</summary>
    Task ReleaseAsync(long trackedOperationId, CancellationToken cancellationToken);

    /// <summary>Open operations nobody holds a live lease on (the owner died): candidates to take over.</summary>
    Task<IReadOnlyList<Data.TrackedOperation>> FindOrphansAsync(CancellationToken cancellationToken);

    /// <summary>
    /// When the first lease another instance holds on an open operation runs out (unless renewed), or null when there is
    /// none: <see cref="OperationLeaseMonitor"/> looks again at that moment, so a dead owner's operation is taken over as
    /// its lease expires rather than at the next periodic scan.
    /// </summary>
    Task<DateTimeOffset?> NextExpiryElsewhereAsync(CancellationToken cancellationToken);

    /// <summary>How often the monitor looks for leases it has not seen yet (<see cref="Timeout.InfiniteTimeSpan"/>: never).</summary>
    TimeSpan ScanInterval { get; }
}
