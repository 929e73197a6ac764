using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>One machine image as the grid shows it.</summary>
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

    public string Location => string.Join(", ", StorageLocations);

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
            TotalStorageBytes = image.TotalStorageBytes,
            DiskCount = disks,
            Created = DashboardFormat.Timestamp(image.CreationTimestamp),
            Labels = labels,
            Description = image.Description ?? string.Empty,
            SearchText = string.Join('\n', [name, source, image.Description ?? "", .. labels.Select(l => l.Key + "=" + l.Value)]),
        };
    }
}
