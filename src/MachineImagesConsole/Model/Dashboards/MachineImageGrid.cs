namespace MachineImagesConsole.Model.Dashboards;

/// <summary>The machine images grid's columns, filters, sort and export (pure; the page only renders it).</summary>
public static class MachineImageGrid
{
    public const string DefaultSort = "created";

    public static readonly IReadOnlyList<string> SortColumns = ["name", "status", "source", "location", "size", "disks", "created"];

    /// <summary>Filters and sorts the rows as <paramref name="query"/> says (default: newest first).</summary>
    public static List<MachineImageRow> Apply(IEnumerable<MachineImageRow> rows, GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filtered = GridFilter.Apply(rows, query);
        var sort = query.Sort is { } s && SortColumns.Contains(s) ? s : DefaultSort;
        var direction = query.Sort is null ? GridSortDirection.Descending : query.Direction;
        return sort switch
        {
            "name" => GridFilter.Sort(filtered, r => r.Name, direction),
            "status" => GridFilter.Sort(filtered, r => r.Status, direction),
            "source" => GridFilter.Sort(filtered, r => r.SourceInstance, direction),
            "location" => GridFilter.Sort(filtered, r => r.Location, direction),
            "size" => GridFilter.Sort(filtered, r => r.TotalStorageBytes ?? -1, direction),
            "disks" => GridFilter.Sort(filtered, r => r.DiskCount, direction),
            _ => GridFilter.Sort(filtered, r => r.Created ?? DateTimeOffset.MinValue, direction),
        };
    }

    public static ExportTable ToExport(IEnumerable<MachineImageRow> rows) => new(
        ["name", "status", "sourceInstance", "sourceInstanceZone", "storageLocations", "totalStorageBytes", "disks", "creationTimestamp", "labels", "description"],
        [.. rows.Select(r => (IReadOnlyList<string?>)
        [
            r.Name, r.Status, r.SourceInstance, r.SourceInstanceZone, r.Location,
            r.TotalStorageBytes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.DiskCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.Created?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ExportTable.Labels(r.Labels), r.Description,
        ])]);
}
