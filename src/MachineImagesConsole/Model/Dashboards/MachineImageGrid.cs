using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Lists;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>The machine images grid's columns, filters, sort and export (pure; the page only renders it).</summary>
public static class MachineImageGrid
{
    public const string DefaultSort = "created";

    public static readonly IReadOnlyList<string> SortColumns = ["name", "status", "source", "location", "size", "disks", "created"];

    /// <summary>Filters and sorts the rows as <paramref name="query"/> says (default: newest first).</summary>
    public static List<MachineImageRow> Apply(IEnumerable<MachineImageRow> rows, GridQuery query)
    {
        var (sort, direction) = SortOf(query);
        return Sort(GridFilter.Apply(rows, query), sort, direction);
    }

    /// <summary>
    /// One circuit's view of a shared snapshot: the snapshot's rows in the query's order (sorted once per snapshot and
    /// shared; a partial snapshot in the default order is already newest first) and the positions passing the filters.
    /// </summary>
    public static GridView<MachineImageRow> View(ListSnapshot<MachineImage, MachineImageRow> snapshot, GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (sort, direction) = SortOf(query);
        var ordered = !snapshot.IsComplete && ProgressiveList.PartialRowsAreFinal(query)
            ? snapshot.Rows
            : snapshot.Ordered($"{sort}:{direction}", rows => Sort(rows, sort, direction));
        return GridView<MachineImageRow>.Of(ordered, GridFilter.Predicate<MachineImageRow>(query));
    }

    private static (string Sort, GridSortDirection Direction) SortOf(GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sort = query.Sort is { } s && SortColumns.Contains(s) ? s : DefaultSort;
        return (sort, query.Sort is null ? GridSortDirection.Descending : query.Direction);
    }

    private static List<MachineImageRow> Sort(IEnumerable<MachineImageRow> rows, string sort, GridSortDirection direction) => sort switch
    {
        "name" => GridFilter.Sort(rows, r => r.Name, direction),
        "status" => GridFilter.Sort(rows, r => r.Status, direction),
        "source" => GridFilter.Sort(rows, r => r.SourceInstance, direction),
        "location" => GridFilter.Sort(rows, r => r.Location, direction),
        "size" => GridFilter.Sort(rows, r => r.TotalStorageBytes ?? -1, direction),
        "disks" => GridFilter.Sort(rows, r => r.DiskCount, direction),
        _ => GridFilter.Sort(rows, r => r.Created ?? DateTimeOffset.MinValue, direction),
    };

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
