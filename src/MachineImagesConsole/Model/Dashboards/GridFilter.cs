namespace MachineImagesConsole.Model.Dashboards;

/// <summary>Applies a <see cref="GridQuery"/>'s search and common filters to grid rows (pure, in memory).</summary>
public static class GridFilter
{
    public static IEnumerable<T> Apply<T>(IEnumerable<T> rows, GridQuery query)
        where T : IGridRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Predicate<T>(query) is { } keep ? rows.Where(keep) : rows;
    }

    /// <summary>The search and common filters of <paramref name="query"/> as one test per row; null when nothing is filtered.</summary>
    public static Func<T, bool>? Predicate<T>(GridQuery query)
        where T : IGridRow
    {
        ArgumentNullException.ThrowIfNull(query);
        var tests = new List<Func<T, bool>>();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            tests.Add(r => r.SearchText.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status;
            tests.Add(r => string.Equals(r.Status, status, StringComparison.OrdinalIgnoreCase));
        }
        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            var location = query.Location;
            tests.Add(r => r.StorageLocations.Contains(location, StringComparer.OrdinalIgnoreCase));
        }
        if (query.LabelFilter is var (key, value))
        {
            tests.Add(r => r.Labels.TryGetValue(key, out var v) && (value is null || string.Equals(v, value, StringComparison.Ordinal)));
        }
        if (query.CreatedAfter is { } after)
        {
            var from = new DateTimeOffset(after.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            tests.Add(r => r.Created >= from);
        }
        if (query.CreatedBefore is { } before)
        {
            var until = new DateTimeOffset(before.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            tests.Add(r => r.Created < until);
        }
        return And(tests);
    }

    /// <summary>All of <paramref name="tests"/> (null when there is none).</summary>
    public static Func<T, bool>? And<T>(IReadOnlyList<Func<T, bool>> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        return tests.Count switch
        {
            0 => null,
            1 => tests[0],
            _ => r =>
            {
                foreach (var test in tests)
                {
                    if (!test(r)) return false;
                }
                return true;
            },
        };
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
