using System.Collections;
using System.Collections.Concurrent;
using MachineImagesConsole.Model.Lists;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MachineImagesConsole.Model;

/// <summary>
/// The read-through cache for Compute reads, shared by all circuits (singleton) and keyed by (project, identity, kind)
/// so one person never sees what only another may read. It is bounded: a <see cref="MemoryCache"/> with a size limit in
/// items (<see cref="ComputeSessionOptions.ListCacheSizeLimit"/>; a list counts its items, any other value 1), entries
/// expire after <see cref="Window"/> and a sweep every window removes expired entries nobody reads again, so their memory
/// is freed. Any mutation in a project removes that project's entries (<see cref="Invalidate"/>).
/// <para>
/// Concurrent callers share one load, which runs on the cache's own token: a caller's token only ends its own wait, so
/// the first caller leaving (a prerender that is disposed, a closed tab) never fails the others. Failed loads are not kept.
/// </para>
/// </summary>
public sealed class ComputeListCache : IDisposable
{
    private readonly TimeProvider _time;
    private readonly MemoryCache _cache;
    private readonly ITimer? _sweep;
    private readonly CancellationTokenSource _disposed = new();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _projects = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ComputeListCache(TimeProvider timeProvider, IOptions<ComputeSessionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = timeProvider;
        Window = options.Value.ListCacheWindow;
        SizeLimit = options.Value.ListCacheSizeLimit;
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = SizeLimit,
            Clock = new TimeProviderClock(timeProvider),
            CompactionPercentage = 0.25,
            TrackStatistics = true,
        });
        if (Window > TimeSpan.Zero) _sweep = timeProvider.CreateTimer(_ => _cache.Compact(0), null, Window, Window);
    }

    /// <summary>How long an entry is reused (from the start of its load).</summary>
    public TimeSpan Window { get; }

    /// <summary>The most items all entries may hold together.</summary>
    public long SizeLimit { get; }

    /// <summary>Entries held now (including loads in progress).</summary>
    public int Count => _cache.Count;

    /// <summary>Items held now (the sum of the entries' sizes).</summary>
    public long Size => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>
    /// Returns the cached value when it is younger than <see cref="Window"/> and the project was not changed since;
    /// otherwise loads it. Concurrent callers share one load; <paramref name="cancellationToken"/> ends only this wait.
    /// </summary>
    public async Task<T> GetOrAddAsync<T>(
        string project,
        string identity,
        string kind,
        Func<CancellationToken, Task<T>> load,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (Window <= TimeSpan.Zero) return await load(cancellationToken);

        var key = new CacheKey(project, identity, kind, typeof(Task<T>));
        Entry? created = null;
        TaskCompletionSource<T>? source = null;
        Task<T> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out Entry? cached) && cached!.Value is Task<T> { IsFaulted: false, IsCanceled: false } existing)
            {
                task = existing;
            }
            else
            {
                source = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                created = Add(key, project, source.Task);
                task = source.Task;
            }
        }
        if (created is not null && source is not null)
        {
            // Started outside the lock: the load's synchronous part may take a while.
            _ = RunAsync(load, source);
            _ = KeepAsync(key, created, task, value => value is ICollection c ? c.Count : 1);
        }
        return await task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The shared page-by-page load of a whole list: the one in the cache, or one started now with
    /// <paramref name="start"/> (given the cache's token, not a caller's). With no window, every call starts its own load.
    /// </summary>
    public ListLoad<TItem, TRow> GetOrStartList<TItem, TRow>(
        string project,
        string identity,
        string kind,
        Func<CancellationToken, ListLoad<TItem, TRow>> start)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(start);
        if (Window <= TimeSpan.Zero) return start(_disposed.Token);

        var key = new CacheKey(project, identity, kind, typeof(ListLoad<TItem, TRow>));
        Lazy<ListLoad<TItem, TRow>> shared;
        Entry? created = null;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out Entry? cached) && cached!.Value is Lazy<ListLoad<TItem, TRow>> existing
                && (!existing.IsValueCreated || existing.Value.Completion is { IsFaulted: false, IsCanceled: false }))
            {
                shared = existing;
            }
            else
            {
                shared = new Lazy<ListLoad<TItem, TRow>>(() => start(_disposed.Token), LazyThreadSafetyMode.ExecutionAndPublication);
                created = Add(key, project, shared);
            }
        }
        // Started outside the lock (its first page request begins inline); concurrent callers wait for the same start.
        var load = shared.Value;
        if (created is not null) _ = KeepAsync(key, created, load.Completion, snapshot => snapshot.Count);
        return load;
    }

    /// <summary>Raised by <see cref="Invalidate"/> (not by <see cref="InvalidateFromPeer"/>): other instances are told.</summary>
    public event Action<string>? Invalidated;

    /// <summary>Forgets every cached read of the project (called on each mutation and when an operation finishes).</summary>
    public void Invalidate(string project)
    {
        InvalidateFromPeer(project);
        Invalidated?.Invoke(project);
    }

    /// <summary>Another instance changed the project: forget its lists here without telling anyone.</summary>
    public void InvalidateFromPeer(string project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (_projects.TryRemove(project, out var token))
        {
            token.Cancel();
            token.Dispose();
        }
    }

    public void Dispose()
    {
        _sweep?.Dispose();
        _disposed.Cancel();
        _cache.Dispose();
        foreach (var token in _projects.Values) token.Dispose();
        _disposed.Dispose();
    }

    // Under _gate. A load in progress counts 1 item; KeepAsync sets its real size when it completes.
    private Entry Add(CacheKey key, string project, object value)
    {
        var entry = new Entry(value, _time.GetUtcNow() + Window, ProjectToken(project));
        _cache.Set(key, entry, Options(entry, 1));
        return entry;
    }

    private async Task KeepAsync<T>(CacheKey key, Entry entry, Task<T> completion, Func<T, long> size)
    {
        try
        {
            var value = await completion.ConfigureAwait(false);
            lock (_gate)
            {
                // Re-added with its real size, unless it was invalidated or replaced meanwhile (then it is not kept).
                if (_cache.TryGetValue(key, out Entry? current) && ReferenceEquals(current, entry))
                {
                    _cache.Set(key, entry, Options(entry, Math.Max(1, size(value))));
                }
            }
        }
        catch (Exception)
        {
            lock (_gate)
            {
                if (_cache.TryGetValue(key, out Entry? current) && ReferenceEquals(current, entry)) _cache.Remove(key);
            }
        }
    }

    private static MemoryCacheEntryOptions Options(Entry entry, long size)
    {
        var options = new MemoryCacheEntryOptions { AbsoluteExpiration = entry.Expires, Size = size };
        options.ExpirationTokens.Add(new CancellationChangeToken(entry.ProjectToken));
        return options;
    }

    private CancellationToken ProjectToken(string project)
        => _projects.GetOrAdd(project, _ => new CancellationTokenSource()).Token;

    private async Task RunAsync<T>(Func<CancellationToken, Task<T>> load, TaskCompletionSource<T> source)
    {
        try
        {
            source.TrySetResult(await load(_disposed.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException e)
        {
            source.TrySetCanceled(e.CancellationToken);
        }
        catch (Exception e)
        {
            source.TrySetException(e);
        }
    }

    private readonly record struct CacheKey(string Project, string Identity, string Kind, Type Type);

    private sealed record Entry(object Value, DateTimeOffset Expires, CancellationToken ProjectToken);

    private sealed class TimeProviderClock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
