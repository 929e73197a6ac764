using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model;

/// <summary>
/// A short-lived read-through cache for Compute list calls, shared by all circuits and keyed by
/// (project, identity, list kind) so one person never sees what only another may read. Any mutation
/// in a project clears that project's entries (<see cref="Invalidate"/>).
/// </summary>
public sealed class ComputeListCache(TimeProvider timeProvider, IOptions<ComputeSessionOptions> options)
{
    private readonly ConcurrentDictionary<CacheKey, Entry> _entries = new();
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public TimeSpan Window => options.Value.ListCacheWindow;

    /// <summary>
    /// Returns the cached value when it is younger than <see cref="Window"/> and the project was not
    /// changed since; otherwise loads it. Concurrent callers share one load. Failed loads are not kept.
    /// </summary>
    public async Task<T> GetOrAddAsync<T>(
        string project,
        string identity,
        string kind,
        Func<CancellationToken, Task<T>> load,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        var key = new CacheKey(project, identity, kind, typeof(T));
        var now = timeProvider.GetUtcNow();
        var generation = _generations.GetValueOrDefault(project);

        if (Window > TimeSpan.Zero && _entries.TryGetValue(key, out var cached)
            && cached.Generation == generation && cached.Expires > now && !cached.Value.IsFaulted && !cached.Value.IsCanceled)
        {
            return (T)(await cached.Value.WaitAsync(cancellationToken))!;
        }

        var task = LoadAsync(load, cancellationToken);
        if (Window > TimeSpan.Zero)
        {
            var entry = new Entry(task, now + Window, generation);
            _entries[key] = entry;
            _ = task.ContinueWith(
                t => _entries.TryRemove(new KeyValuePair<CacheKey, Entry>(key, entry)),
                CancellationToken.None,
                TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
        return (T)(await task)!;
    }

    /// <summary>Raised by <see cref="Invalidate"/> (not by <see cref="InvalidateFromPeer"/>): other instances are told.</summary>
    public event Action<string>? Invalidated;

    /// <summary>Forgets every cached list of the project (called on each mutation and when an operation finishes).</summary>
    public void Invalidate(string project)
    {
        InvalidateFromPeer(project);
        Invalidated?.Invoke(project);
    }

    /// <summary>Another instance changed the project: forget its lists here without telling anyone.</summary>
    public void InvalidateFromPeer(string project)
    {
        _generations.AddOrUpdate(project, 1, (_, g) => g + 1);
        foreach (var key in _entries.Keys)
        {
            if (string.Equals(key.Project, project, StringComparison.Ordinal)) _entries.TryRemove(key, out _);
        }
    }

    private static async Task<object?> LoadAsync<T>(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        => await load(cancellationToken);

    private readonly record struct CacheKey(string Project, string Identity, string Kind, Type Type);

    private sealed record Entry(Task<object?> Value, DateTimeOffset Expires, long Generation);
}
