using System.Globalization;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Lists;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>The images grid: filters (deprecated hidden unless asked for), sort and export.</summary>
public static class ImageGrid
{
    public const string DefaultSort = "created";

    /// <summary>The public image projects the console offers to browse.</summary>
    public static readonly IReadOnlyList<string> PublicImageProjects = ["debian-cloud", "ubuntu-os-cloud", "rhel-cloud", "windows-cloud"];

    public static readonly IReadOnlyList<string> SortColumns = ["name", "family", "status", "source", "size", "archive", "architecture", "state", "created"];

    public static List<ImageRow> Apply(IEnumerable<ImageRow> rows, GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (sort, direction) = SortOf(query);
        return Sort(Predicate(query) is { } keep ? rows.Where(keep) : rows, sort, direction);
    }

    /// <summary>
    /// One circuit's view of a shared snapshot: the snapshot's rows in the query's order (sorted once per snapshot and
    /// shared; a partial snapshot in the default order is already newest first) and the positions passing the filters.
    /// </summary>
    public static GridView<ImageRow> View(ListSnapshot<Image, ImageRow> snapshot, GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (sort, direction) = SortOf(query);
        var ordered = !snapshot.IsComplete && ProgressiveList.PartialRowsAreFinal(query)
            ? snapshot.Rows
            : snapshot.Ordered($"{sort}:{direction}", rows => Sort(rows, sort, direction));
        return GridView<ImageRow>.Of(ordered, Predicate(query));
    }

    /// <summary>The common filters plus the deprecation switch and the family; null when nothing is filtered.</summary>
    private static Func<ImageRow, bool>? Predicate(GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tests = new List<Func<ImageRow, bool>>();
        if (GridFilter.Predicate<ImageRow>(query) is { } common) tests.Add(common);
        if (!query.ShowDeprecated) tests.Add(r => r.Deprecation.IsActive);
        if (!string.IsNullOrWhiteSpace(query.Family))
        {
            var family = query.Family;
            tests.Add(r => string.Equals(r.Family, family, StringComparison.Ordinal));
        }
        return GridFilter.And(tests);
    }

    private static (string Sort, GridSortDirection Direction) SortOf(GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sort = query.Sort is { } s && SortColumns.Contains(s) ? s : DefaultSort;
        return (sort, query.Sort is null ? GridSortDirection.Descending : query.Direction);
    }

    private static List<ImageRow> Sort(IEnumerable<ImageRow> rows, string sort, GridSortDirection direction) => sort switch
    {
        "name" => GridFilter.Sort(rows, r => r.Name, direction),
        "family" => GridFilter.Sort(rows, r => r.Family ?? "", direction),
        "status" => GridFilter.Sort(rows, r => r.Status, direction),
        "source" => GridFilter.Sort(rows, r => r.SourceSortKey, direction),
        "size" => GridFilter.Sort(rows, r => r.DiskSizeGb ?? -1, direction),
        "archive" => GridFilter.Sort(rows, r => r.ArchiveSizeBytes ?? -1, direction),
        "architecture" => GridFilter.Sort(rows, r => r.Architecture ?? "", direction),
        "state" => GridFilter.Sort(rows, r => r.Deprecation.State, direction),
        _ => GridFilter.Sort(rows, r => r.Created ?? DateTimeOffset.MinValue, direction),
    };

    /// <summary>How many rows the deprecation switch hides from the other filters' result.</summary>
    public static int HiddenDeprecated(IEnumerable<ImageRow> rows, GridQuery query)
        => query.ShowDeprecated ? 0 : GridFilter.Apply(rows, query).Count(r => !r.Deprecation.IsActive
            && (string.IsNullOrWhiteSpace(query.Family) || string.Equals(r.Family, query.Family, StringComparison.Ordinal)));

    public static ExportTable ToExport(IEnumerable<ImageRow> rows) => new(
        ["project", "name", "status", "family", "sourceType", "source", "diskSizeGb", "archiveSizeBytes", "architecture", "deprecationState",
         "replacement", "obsolete", "deleted", "storageLocations", "creationTimestamp", "labels", "description"],
        [.. rows.Select(r => (IReadOnlyList<string?>)
        [
            r.Project, r.Name, r.Status, r.Family, r.SourceKind, r.SourceName,
            r.DiskSizeGb?.ToString(CultureInfo.InvariantCulture), r.ArchiveSizeBytes?.ToString(CultureInfo.InvariantCulture),
            r.Architecture, r.Deprecation.State, r.Deprecation.Replacement,
            r.Deprecation.Obsolete?.ToString("O", CultureInfo.InvariantCulture), r.Deprecation.Deleted?.ToString("O", CultureInfo.InvariantCulture),
            r.Location, r.Created?.ToString("O", CultureInfo.InvariantCulture), ExportTable.Labels(r.Labels), r.Description,
        ])]);
}
