namespace MachineImagesConsole.Model.Dashboards;

/// <summary>Applies a <see cref="GridQuery"/>'s search and common filters to grid rows (pure, in memory).</summary>
public static class GridFilter
{
    public static IEnumerable<T> Apply<T>(IEnumerable<T> rows, GridQuery query)
        where T : IGridRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(query);
        var result = rows;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            result = result.Where(r => r.SearchText.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            result = result.Where(r => string.Equals(r.Status, query.Status, StringComparison.OrdinalIgnoreCase));
        }
        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            result = result.Where(r => r.StorageLocations.Contains(query.Location, StringComparer.OrdinalIgnoreCase));
        }
        if (query.LabelFilter is var (key, value))
        {
            result = result.Where(r => r.Labels.TryGetValue(key, out var v) && (value is null || string.Equals(v, value, StringComparison.Ordinal)));
        }
        if (query.CreatedAfter is { } after)
        {
            var from = new DateTimeOffset(after.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            result = result.Where(r => r.Created >= from);
        }
        if (query.CreatedBefore is { } before)
        {
            var until = new DateTimeOffset(before.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            result = result.Where(r => r.Created < until);
        }
        return result;
    }

    /// <summary>Sorts by the key; ties broken by name so the order is stable across reloads.</summary>
    public static List<T> Sort<T, TKey>(IEnumerable<T> rows, Func<T, TKey> key, GridSortDirection direction)
        where T : IGridRow
    {
        var ordered = direction == GridSortDirection.Descending
            ? rows.OrderByDescending(key, Comparer<TKey>.Default)
            : rows.OrderBy(key, Comparer<TKey>.Default);
        return [.. ordered.ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>Distinct values for a filter drop-down, sorted.</summary>
    public static IReadOnlyList<string> Options(IEnumerable<string?> values)
        => [.. values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
