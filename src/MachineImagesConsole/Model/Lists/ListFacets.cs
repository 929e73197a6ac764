namespace MachineImagesConsole.Model.Lists;

/// <summary>The distinct values a list's filter controls offer (sorted, ordinal), built incrementally as pages arrive.</summary>
public sealed record ListFacets(IReadOnlyList<string> Statuses, IReadOnlyList<string> Locations, IReadOnlyList<string> Families)
{
    public static readonly ListFacets Empty = new([], [], []);

    /// <summary>What one row contributes.</summary>
    public readonly record struct Values(string? Status, IReadOnlyList<string>? Locations, string? Family);

    /// <summary>Collects values; <see cref="Build"/> returns the previous instance when nothing new arrived.</summary>
    public sealed class Builder
    {
        private readonly SortedSet<string> _statuses = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _locations = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _families = new(StringComparer.Ordinal);
        private ListFacets _built = Empty;
        private bool _changed;

        public void Add(Values values)
        {
            _changed |= AddTo(_statuses, values.Status);
            if (values.Locations is { } locations) foreach (var l in locations) _changed |= AddTo(_locations, l);
            _changed |= AddTo(_families, values.Family);
        }

        public ListFacets Build()
        {
            if (_changed) _built = new ListFacets([.. _statuses], [.. _locations], [.. _families]);
            _changed = false;
            return _built;
        }

        private static bool AddTo(SortedSet<string> set, string? value) => !string.IsNullOrEmpty(value) && set.Add(value);
    }
}
