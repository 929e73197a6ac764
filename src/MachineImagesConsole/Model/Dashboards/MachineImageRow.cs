using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// One machine image as the grid shows it, built once per shared list snapshot: every text that does not depend on the
/// viewer (sizes, locations, labels, search text) is formatted here, not on each render.
/// </summary>
public sealed record MachineImageRow : IGridRow
{
    public required string Name { get; init; }

    public required string Status { get; init; }

    public string SourceInstance { get; init; } = string.Empty;

    public string? SourceInstanceZone { get; init; }

    public IReadOnlyList<string> StorageLocations { get; init; } = [];

    public long? TotalStorageBytes { get; init; }

    public int DiskCount { get; init; }

    public DateTimeOffset? Created { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public string Description { get; init; } = string.Empty;

    public string SearchText { get; init; } = string.Empty;

    /// <summary>The storage locations joined for display and sorting.</summary>
    public string Location { get; init; } = string.Empty;

    /// <summary><see cref="TotalStorageBytes"/> formatted (<c>12.5 GiB</c>).</summary>
    public string TotalStorageText { get; init; } = "—";

    /// <summary>The labels as <c>key=value</c>, ordered by key.</summary>
    public IReadOnlyList<string> LabelTexts { get; init; } = [];

    string? IGridRow.Family => null;

    public static MachineImageRow From(MachineImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var labels = image.Labels ?? [];
        var name = image.Name ?? string.Empty;
        var source = DashboardFormat.ShortName(image.SourceInstance);
        var disks = image.SavedDisks?.Count
            ?? image.InstanceProperties?.Disks?.Count
            ?? image.SourceInstanceProperties?.Disks?.Count
            ?? 0;
        return new MachineImageRow
        {
            Name = name,
            Status = image.Status ?? "UNKNOWN",
            SourceInstance = source,
            SourceInstanceZone = DashboardFormat.SegmentAfter(image.SourceInstance, "zones"),
            StorageLocations = image.StorageLocations ?? [],
            Location = string.Join(", ", image.StorageLocations ?? []),
            TotalStorageBytes = image.TotalStorageBytes,
            TotalStorageText = DashboardFormat.Bytes(image.TotalStorageBytes),
            LabelTexts = LabelText(labels),
            DiskCount = disks,
            Created = DashboardFormat.Timestamp(image.CreationTimestamp),
            Labels = labels,
            Description = image.Description ?? string.Empty,
            SearchText = string.Join('\n', [name, source, image.Description ?? "", .. labels.Select(l => l.Key + "=" + l.Value)]),
        };
    }

    /// <summary>Labels as <c>key=value</c>, ordered by key.</summary>
    public static IReadOnlyList<string> LabelText(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Count == 0 ? [] : [.. labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value)];
    }
}
