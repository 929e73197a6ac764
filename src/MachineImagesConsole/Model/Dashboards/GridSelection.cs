namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// The rows one circuit has ticked in a grid (plain checkboxes, not a component per row). Always a subset of the view:
/// <see cref="KeepOnly"/> drops rows a new filter hides.
/// </summary>
public sealed class GridSelection<TRow>
    where TRow : class, IGridRow
{
    private readonly HashSet<TRow> _rows = new(ReferenceEqualityComparer.Instance);

    public int Count => _rows.Count;

    public bool Contains(TRow row) => _rows.Contains(row);

    public void Set(TRow row, bool selected)
    {
        if (selected) _rows.Add(row);
        else _rows.Remove(row);
    }

    /// <summary>True when every row of <paramref name="view"/> is ticked (and there is at least one).</summary>
    public bool HasAll(IReadOnlyCollection<TRow> view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Count > 0 && _rows.Count == view.Count;
    }

    /// <summary>Ticks every row of the view, or none.</summary>
    public void SetAll(IEnumerable<TRow> view, bool selected)
    {
        ArgumentNullException.ThrowIfNull(view);
        _rows.Clear();
        if (selected) _rows.UnionWith(view);
    }

    public void KeepOnly(IEnumerable<TRow> view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (_rows.Count > 0) _rows.IntersectWith(view);
    }

    public void Clear() => _rows.Clear();

    /// <summary>The ticked rows' names, sorted.</summary>
    public IReadOnlyList<string> Names() => [.. _rows.Select(r => r.Name).Order(StringComparer.Ordinal)];
}
