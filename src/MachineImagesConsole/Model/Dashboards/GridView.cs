using System.Collections;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// What one circuit's grid shows: the shared, already ordered rows of a list snapshot and, when a filter is on, the
/// positions of the matching ones (4 bytes a match). No row is copied: a circuit holds its query, this view and the
/// page it renders. Read-only; indexable so paging (<c>Skip</c>/<c>Take</c>) costs the page, not the list.
/// </summary>
public sealed class GridView<TRow> : IReadOnlyList<TRow>, IList<TRow>
{
    private readonly IReadOnlyList<TRow> _ordered;
    private readonly int[]? _matches;

    private GridView(IReadOnlyList<TRow> ordered, int[]? matches)
    {
        _ordered = ordered;
        _matches = matches;
    }

    public static GridView<TRow> Empty { get; } = new([], null);

    /// <summary>The rows of <paramref name="ordered"/> that pass <paramref name="keep"/> (all of them when it is null), in order.</summary>
    public static GridView<TRow> Of(IReadOnlyList<TRow> ordered, Func<TRow, bool>? keep)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        if (keep is null) return new GridView<TRow>(ordered, null);
        var matches = new List<int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (keep(ordered[i])) matches.Add(i);
        }
        return new GridView<TRow>(ordered, [.. matches]);
    }

    public int Count => _matches?.Length ?? _ordered.Count;

    public bool IsReadOnly => true;

    public TRow this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _ordered[_matches is null ? index : _matches[index]];
        }
        set => throw new NotSupportedException();
    }

    public IEnumerator<TRow> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(TRow item)
    {
        for (var i = 0; i < Count; i++)
        {
            if (EqualityComparer<TRow>.Default.Equals(this[i], item)) return i;
        }
        return -1;
    }

    public bool Contains(TRow item) => IndexOf(item) >= 0;

    public void CopyTo(TRow[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        for (var i = 0; i < Count; i++) array[arrayIndex + i] = this[i];
    }

    void ICollection<TRow>.Add(TRow item) => throw new NotSupportedException();

    void ICollection<TRow>.Clear() => throw new NotSupportedException();

    bool ICollection<TRow>.Remove(TRow item) => throw new NotSupportedException();

    void IList<TRow>.Insert(int index, TRow item) => throw new NotSupportedException();

    void IList<TRow>.RemoveAt(int index) => throw new NotSupportedException();
}
