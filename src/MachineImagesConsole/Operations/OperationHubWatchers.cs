namespace MachineImagesConsole.Operations;

/// <summary>
/// What each hub connection watches (singleton): a connection subscribed to a project or an operation makes the tracker
/// read it every 500 ms (<see cref="OperationTracker.Watch"/>) until it unsubscribes or disconnects.
/// </summary>
public sealed class OperationHubWatchers(OperationTracker tracker)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<(string Project, string? Operation), IDisposable>> _byConnection = new(StringComparer.Ordinal);

    public void Add(string connectionId, string project, string? operation)
    {
        lock (_gate)
        {
            if (!_byConnection.TryGetValue(connectionId, out var watches)) _byConnection[connectionId] = watches = [];
            if (!watches.ContainsKey((project, operation))) watches[(project, operation)] = tracker.Watch(project, operation);
        }
    }

    public void Remove(string connectionId, string project, string? operation)
    {
        IDisposable? watch = null;
        lock (_gate)
        {
            if (_byConnection.TryGetValue(connectionId, out var watches) && watches.Remove((project, operation), out watch) && watches.Count == 0)
                _byConnection.Remove(connectionId);
        }
        watch?.Dispose();
    }

    public void RemoveAll(string connectionId)
    {
        Dictionary<(string Project, string? Operation), IDisposable>? watches;
        lock (_gate)
        {
            if (!_byConnection.Remove(connectionId, out watches)) return;
        }
        foreach (var watch in watches.Values) watch.Dispose();
    }
}
