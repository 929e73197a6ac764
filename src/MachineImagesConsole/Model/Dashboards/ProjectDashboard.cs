using System.Globalization;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>The home dashboard of one project: counts, storage by location, limit gauges, operations and chart series.</summary>
public sealed record ProjectDashboard
{
    public int MachineImages { get; init; }

    public int Images { get; init; }

    public int Families { get; init; }

    public int DeprecatedImages { get; init; }

    public int ObsoleteImages { get; init; }

    /// <summary>Bytes stored per storage location (machine images' total storage plus images' archive size), largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> StorageByLocation { get; init; } = [];

    public IReadOnlyList<LimitGauge> Gauges { get; init; } = [];

    /// <summary>Monday of each week (UTC), oldest first, with images and machine images created that week.</summary>
    public IReadOnlyList<WeekCount> CreatedPerWeek { get; init; } = [];

    /// <summary>Images per deprecation state (ACTIVE, DEPRECATED, OBSOLETE, DELETED).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> DeprecationStates { get; init; } = [];

    public IReadOnlyList<OperationSummary> InFlight { get; init; } = [];

    public IReadOnlyList<OperationSummary> Recent { get; init; } = [];

    public static readonly IReadOnlyList<string> States = ["ACTIVE", "DEPRECATED", "OBSOLETE", "DELETED"];

    public static ProjectDashboard Build(
        IReadOnlyList<MachineImage> machineImages,
        IReadOnlyList<Image> images,
        IReadOnlyList<Operation> operations,
        DateTimeOffset now,
        int weeks = 12)
    {
        ArgumentNullException.ThrowIfNull(machineImages);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(operations);
        var mRows = machineImages.Select(MachineImageRow.From).ToList();
        var iRows = images.Select(i => ImageRow.From(i, "")).ToList();

        var storage = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(IReadOnlyList<string> locations, long? bytes)
        {
            var key = locations.Count == 0 ? "unknown" : locations[0];
            storage[key] = storage.GetValueOrDefault(key) + (bytes ?? 0);
        }
        foreach (var m in mRows) Add(m.StorageLocations, m.TotalStorageBytes);
        foreach (var i in iRows) Add(i.StorageLocations, i.ArchiveSizeBytes);

        var ops = operations.Select(Summarize).OrderByDescending(o => o.Inserted ?? DateTimeOffset.MinValue).ToList();
        var running = ops.Where(o => o.InFlight && o.Type == "insert" && (o.Target.Contains("/images/", StringComparison.Ordinal) || o.Target.Contains("/machineImages/", StringComparison.Ordinal))).ToList();
        var busiestRegion = running
            .GroupBy(o => RegionOf(operations.First(op => op.Name == o.Name)), StringComparer.Ordinal)
            .Select(g => (Region: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .FirstOrDefault();

        var largestImageGb = Math.Max(
            iRows.Select(i => i.DiskSizeGb ?? 0).DefaultIfEmpty(0).Max(),
            machineImages.Select(m => SourceInstanceView.From(m).Disks.Sum(d => d.SizeGb ?? 0)).DefaultIfEmpty(0).Max());
        var mostDisks = mRows.Select(m => m.DiskCount).DefaultIfEmpty(0).Max();

        return new ProjectDashboard
        {
            MachineImages = mRows.Count,
            Images = iRows.Count,
            Families = iRows.Where(i => i.Family is not null).Select(i => i.Family).Distinct(StringComparer.Ordinal).Count(),
            DeprecatedImages = iRows.Count(i => i.Deprecation.State == "DEPRECATED"),
            ObsoleteImages = iRows.Count(i => i.Deprecation.State == "OBSOLETE"),
            StorageByLocation = [.. storage.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)],
            Gauges =
            [
                new("Machine images", mRows.Count, ComputeLimits.MachineImagesPerProject, N(mRows.Count), N(ComputeLimits.MachineImagesPerProject), "per-project soft limit"),
                new("Largest image", largestImageGb, ComputeLimits.MaxImageTotalGb, DashboardFormat.Gigabytes(largestImageGb), "10 TiB", "combined disk size of one image"),
                new("Most disks in one image", mostDisks, ComputeLimits.MaxDisksPerImage, N(mostDisks), N(ComputeLimits.MaxDisksPerImage), "disks captured in one machine image"),
                new("Creations running in one region", busiestRegion.Count, ComputeLimits.ConcurrentCreationsPerRegion, N(busiestRegion.Count),
                    N(ComputeLimits.ConcurrentCreationsPerRegion), busiestRegion.Region is { } r ? "busiest: " + r : "none running"),
            ],
            CreatedPerWeek = PerWeek(mRows.Select(m => m.Created), iRows.Select(i => i.Created), now, weeks),
            DeprecationStates = [.. States.Select(s => new KeyValuePair<string, int>(s, iRows.Count(i => i.Deprecation.State == s)))],
            InFlight = [.. ops.Where(o => o.InFlight)],
            Recent = [.. ops.Where(o => !o.InFlight).Take(10)],
        };
    }

    /// <summary>The Monday (UTC) starting the week of <paramref name="time"/>.</summary>
    public static DateOnly WeekOf(DateTimeOffset time)
    {
        var day = DateOnly.FromDateTime(time.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static List<WeekCount> PerWeek(IEnumerable<DateTimeOffset?> machineImages, IEnumerable<DateTimeOffset?> images, DateTimeOffset now, int weeks)
    {
        var last = WeekOf(now);
        var result = Enumerable.Range(0, weeks).Select(i => last.AddDays(-7 * (weeks - 1 - i))).ToDictionary(w => w, w => (Images: 0, MachineImages: 0));
        foreach (var t in images)
        {
            if (t is { } x && result.TryGetValue(WeekOf(x), out var c)) result[WeekOf(x)] = (c.Images + 1, c.MachineImages);
        }
        foreach (var t in machineImages)
        {
            if (t is { } x && result.TryGetValue(WeekOf(x), out var c)) result[WeekOf(x)] = (c.Images, c.MachineImages + 1);
        }
        return [.. result.OrderBy(r => r.Key).Select(r => new WeekCount(r.Key, r.Value.Images, r.Value.MachineImages))];
    }

    private static OperationSummary Summarize(Operation op) => new(
        op.Name ?? "", op.OperationType ?? "", op.TargetLink ?? "", op.Status ?? "PENDING", op.Progress, op.User,
        DashboardFormat.Timestamp(op.InsertTime ?? op.CreationTimestamp), op.HttpErrorMessage);

    private static string RegionOf(Operation op)
    {
        if (!string.IsNullOrEmpty(op.Region)) return DashboardFormat.ShortName(op.Region);
        if (!string.IsNullOrEmpty(op.Zone))
        {
            var zone = DashboardFormat.ShortName(op.Zone);
            var dash = zone.LastIndexOf('-');
            return dash > 0 ? zone[..dash] : zone;
        }
        return "global";
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
