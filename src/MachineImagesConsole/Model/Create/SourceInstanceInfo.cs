using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Model.Create;

/// <summary>The VM a machine image is made from: where it is, its status and its disks.</summary>
public sealed record SourceInstanceInfo(string Project, string Zone, string Name, string Status, IReadOnlyList<SourceDiskInfo> Disks)
{
    public string Region => StorageLocations.RegionOfZone(Zone);

    public long TotalDiskGb => Disks.Sum(d => d.SizeGb);

    public bool IsRunning => string.Equals(Status, "RUNNING", StringComparison.Ordinal);

    /// <summary>The partial URL Compute takes as <c>sourceInstance</c>.</summary>
    public string PartialUrl => ResourceLinks.Instance(Project, Zone, Name);

    public static SourceInstanceInfo From(string project, string zone, Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var disks = (instance.Disks ?? [])
            .Select(d => new SourceDiskInfo(
                DashboardFormat.ShortName(d.Source) is { Length: > 0 } n ? n : d.DeviceName ?? "disk",
                d.DiskSizeGb ?? 0,
                d.Boot == true))
            .ToList();
        return new SourceInstanceInfo(project, zone, instance.Name ?? string.Empty, instance.Status ?? "UNKNOWN", disks);
    }
}
