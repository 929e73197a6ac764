using System.Collections.Concurrent;

namespace MachineImagesConsole.Model.Lists;

/// <summary>
/// One immutable state of a shared Compute list: the items read so far (Compute's models) and the rows built from them
/// once, for every circuit that shows this list. Snapshots of one load share append-only buffers: a snapshot reads only
/// its first <see cref="Count"/> slots, which the loader never writes again, so publishing a page costs O(page), not O(N).
/// Orders other than the load order are computed once per snapshot on demand (<see cref="Ordered"/>) and shared too.
/// </summary>
public sealed class ListSnapshot<TItem, TRow>
    where TRow : class
{
    private readonly TItem[] _items;
    private readonly TRow[] _rows;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<TRow>>> _orders = new(StringComparer.Ordinal);

    internal ListSnapshot(TItem[] items, TRow[] rows, int count, bool isComplete, int pages, ListFacets facets)
    {
        _items = items;
        _rows = rows;
        Count = count;
        IsComplete = isComplete;
        Pages = pages;
        Facets = facets;
    }

    /// <summary>A complete snapshot of <paramref name="items"/> (tests, and lists that are not loaded page by page).</summary>
    public static ListSnapshot<TItem, TRow> From(IEnumerable<TItem> items, Func<TItem, TRow> toRow, Func<TRow, ListFacets.Values>? facets = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(toRow);
        var itemArray = items.ToArray();
        var rows = Array.ConvertAll(itemArray, i => toRow(i));
        var builder = new ListFacets.Builder();
        if (facets is not null) foreach (var row in rows) builder.Add(facets(row));
        return new ListSnapshot<TItem, TRow>(itemArray, rows, itemArray.Length, isComplete: true, pages: 1, builder.Build());
    }

    /// <summary>Items read so far.</summary>
    public int Count { get; }

    /// <summary>True when the last page was read: no more items will come in this load.</summary>
    public bool IsComplete { get; }

    /// <summary>How many pages this snapshot holds (it grows by one per published page).</summary>
    public int Pages { get; }

    /// <summary>The distinct filter values (statuses, locations, families) of the rows, sorted.</summary>
    public ListFacets Facets { get; }

    /// <summary>Compute's items in load order (no copy).</summary>
    public IReadOnlyList<TItem> Items => new ArraySegment<TItem>(_items, 0, Count);

    /// <summary>The rows in load order (no copy).</summary>
    public IReadOnlyList<TRow> Rows => new ArraySegment<TRow>(_rows, 0, Count);

    /// <summary>
    /// The rows in the order named by <paramref name="key"/>, computed by <paramref name="order"/> once for this snapshot
    /// and shared by every circuit that asks for the same key.
    /// </summary>
    public IReadOnlyList<TRow> Ordered(string key, Func<IReadOnlyList<TRow>, IReadOnlyList<TRow>> order)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(order);
        return _orders.GetOrAdd(key, _ => new Lazy<IReadOnlyList<TRow>>(() => order(Rows), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
