namespace MachineImagesConsole.Operations;

/// <summary>
/// Whether anybody is watching one followed operation right now (a page or hub client subscribed to it or to its
/// project), as the tracker keeps it. The poller reads a watched operation with <c>operations.get</c> every
/// <see cref="OperationTrackingOptions.ProgressPollInterval"/>; an unwatched one only with <c>operations.wait</c>.
/// </summary>
public sealed class OperationWatch
{
    private readonly Lock _gate = new();
    private bool _watched;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OperationWatch(bool watched = false) => _watched = watched;

    public bool IsWatched
    {
        get
        {
            lock (_gate) return _watched;
        }
    }

    /// <summary>Completes the next time <see cref="IsWatched"/> changes.</summary>
    public Task WhenChangedAsync(CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate) changed = _changed.Task;
        return changed.WaitAsync(cancellationToken);
    }

    internal void Set(bool watched)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (_watched == watched) return;
            _watched = watched;
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }
}
