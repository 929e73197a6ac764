using System.Globalization;

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
        ArgumentNullException.ThrowIfNull(query);
        var filtered = GridFilter.Apply(rows, query);
        if (!query.ShowDeprecated) filtered = filtered.Where(r => r.Deprecation.IsActive);
        if (!string.IsNullOrWhiteSpace(query.Family)) filtered = filtered.Where(r => string.Equals(r.Family, query.Family, StringComparison.Ordinal));
        var sort = query.Sort is { } s && SortColumns.Contains(s) ? s : DefaultSort;
        var direction = query.Sort is null ? GridSortDirection.Descending : query.Direction;
        return sort switch
        {
            "name" => GridFilter.Sort(filtered, r => r.Name, direction),
            "family" => GridFilter.Sort(filtered, r => r.Family ?? "", direction),
            "status" => GridFilter.Sort(filtered, r => r.Status, direction),
            "source" => GridFilter.Sort(filtered, r => r.SourceKind + "/" + r.SourceName, direction),
            "size" => GridFilter.Sort(filtered, r => r.DiskSizeGb ?? -1, direction),
            "archive" => GridFilter.Sort(filtered, r => r.ArchiveSizeBytes ?? -1, direction),
            "architecture" => GridFilter.Sort(filtered, r => r.Architecture ?? "", direction),
            "state" => GridFilter.Sort(filtered, r => r.Deprecation.State, direction),
            _ => GridFilter.Sort(filtered, r => r.Created ?? DateTimeOffset.MinValue, direction),
        };
    }

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
