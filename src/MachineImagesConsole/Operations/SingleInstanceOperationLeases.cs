using MachineImagesConsole.Data;

namespace MachineImagesConsole.Operations;

/// <summary>One console instance (SQLite): it owns every operation, and resumes them at start without waiting.</summary>
public sealed class SingleInstanceOperationLeases : IOperationLeases
{
    public TimeSpan RenewInterval => Timeout.InfiniteTimeSpan;

    public Task<bool> TryAcquireAsync(long trackedOperationId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task ClaimAsync(long trackedOperationId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> RenewAsync(long trackedOperationId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task ReleaseAsync(long trackedOperationId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<TrackedOperation>> FindOrphansAsync(CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<TrackedOperation>>([]);

    public Task<DateTimeOffset?> NextExpiryElsewhereAsync(CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);

    public TimeSpan ScanInterval => Timeout.InfiniteTimeSpan;
}
