using System.Collections.Concurrent;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// The live connections of each sign-in session: hub connections (<c>/hubs/*</c>) and Blazor circuits register here
/// with a way to end them; sign-out ends them all (hub connections are aborted, so their group subscriptions go;
/// circuits are signed out and sent to the signed-out page, so the browser leaves and the circuit is disposed).
/// </summary>
public sealed class SessionConnections(ILogger<SessionConnections> logger)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<Task>>> _sessions = new(StringComparer.Ordinal);

    /// <summary>Registers a live connection of <paramref name="sessionId"/>; dispose the result when it closes.</summary>
    public IDisposable Register(string sessionId, Func<Task> end)
    {
        var id = Guid.NewGuid();
        _sessions.GetOrAdd(sessionId, _ => new()).TryAdd(id, end);
        return new Registration(this, sessionId, id);
    }

    /// <summary>How many connections of <paramref name="sessionId"/> are registered.</summary>
    public int Count(string sessionId) => _sessions.TryGetValue(sessionId, out var c) ? c.Count : 0;

    /// <summary>Ends every connection of <paramref name="sessionId"/>; returns how many there were.</summary>
    public async Task<int> EndAsync(string sessionId)
    {
        if (!_sessions.TryRemove(sessionId, out var connections)) return 0;
        foreach (var end in connections.Values)
        {
            try
            {
                await end();
            }
            catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or TaskCanceledException)
            {
                logger.LogDebug(e, "A connection had already gone when its session ended.");
            }
        }
        return connections.Count;
    }

    private void Unregister(string sessionId, Guid id)
    {
        if (_sessions.TryGetValue(sessionId, out var connections) && connections.TryRemove(id, out _) && connections.IsEmpty)
            _sessions.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Guid, Func<Task>>>(sessionId, connections));
    }

    private sealed class Registration(SessionConnections owner, string sessionId, Guid id) : IDisposable
    {
        public void Dispose() => owner.Unregister(sessionId, id);
    }
}
