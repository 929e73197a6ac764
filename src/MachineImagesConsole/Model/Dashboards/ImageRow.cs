using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// One disk image as the grid shows it, built once per shared list snapshot: every text that does not depend on the
/// viewer (sizes, source, locations, labels, search text) is formatted here, not on each render.
/// </summary>
public sealed record ImageRow : IGridRow
{
    public required string Name { get; init; }

    public required string Project { get; init; }

    public required string Status { get; init; }

    public string? Family { get; init; }

    /// <summary><c>disk</c>, <c>snapshot</c>, <c>image</c>, <c>raw disk</c> or empty.</summary>
    public string SourceKind { get; init; } = string.Empty;

    public string SourceName { get; init; } = string.Empty;

    public long? DiskSizeGb { get; init; }

    public long? ArchiveSizeBytes { get; init; }

    public string? Architecture { get; init; }

    public DeprecationInfo Deprecation { get; init; } = DeprecationInfo.None;

    public IReadOnlyList<string> StorageLocations { get; init; } = [];

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset? Created { get; init; }

    public string Description { get; init; } = string.Empty;

    public string SearchText { get; init; } = string.Empty;

    /// <summary>The storage locations joined for display.</summary>
    public string Location { get; init; } = string.Empty;

    /// <summary>The source as shown (<c>disk: web-1</c>, or a dash).</summary>
    public string SourceText { get; init; } = "—";

    /// <summary><see cref="SourceKind"/>/<see cref="SourceName"/>, the sort key of the source column.</summary>
    public string SourceSortKey { get; init; } = "/";

    public string DiskSizeText { get; init; } = "—";

    public string ArchiveSizeText { get; init; } = "—";

    /// <summary>The labels as <c>key=value</c>, ordered by key.</summary>
    public IReadOnlyList<string> LabelTexts { get; init; } = [];

    public static ImageRow From(Image image, string project)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (kind, source) = image switch
        {
            { SourceDisk: { Length: > 0 } d } => ("disk", DashboardFormat.ShortName(d)),
            { SourceSnapshot: { Length: > 0 } s } => ("snapshot", DashboardFormat.ShortName(s)),
            { SourceImage: { Length: > 0 } i } => ("image", DashboardFormat.ShortName(i)),
            { RawDisk.Source: { Length: > 0 } r } => ("raw disk", r),
            _ => (string.Empty, string.Empty),
        };
        var name = image.Name ?? string.Empty;
        var labels = image.Labels ?? [];
        return new ImageRow
        {
            Name = name,
            Project = DashboardFormat.SegmentAfter(image.SelfLink, "projects") ?? project,
            Status = image.Status ?? "UNKNOWN",
            Family = string.IsNullOrEmpty(image.Family) ? null : image.Family,
            SourceKind = kind,
            SourceName = source,
            SourceText = kind.Length == 0 ? "—" : $"{kind}: {source}",
            SourceSortKey = kind + "/" + source,
            DiskSizeGb = image.DiskSizeGb,
            DiskSizeText = DashboardFormat.Gigabytes(image.DiskSizeGb),
            ArchiveSizeBytes = image.ArchiveSizeBytes,
            ArchiveSizeText = DashboardFormat.Bytes(image.ArchiveSizeBytes),
            Architecture = image.Architecture,
            Deprecation = DeprecationInfo.From(image.Deprecated),
            StorageLocations = image.StorageLocations ?? [],
            Location = string.Join(", ", image.StorageLocations ?? []),
            Labels = labels,
            LabelTexts = MachineImageRow.LabelText(labels),
            Created = DashboardFormat.Timestamp(image.CreationTimestamp),
            Description = image.Description ?? string.Empty,
            SearchText = string.Join('\n', [name, image.Family ?? "", source, image.Description ?? "", .. labels.Select(l => l.Key + "=" + l.Value)]),
        };
    }
}
