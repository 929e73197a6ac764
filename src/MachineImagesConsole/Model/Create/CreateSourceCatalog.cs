using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Model.Create;

/// <summary>
/// The reads the create wizards need (scoped, one per circuit, with the person's <see cref="ComputeSession"/>):
/// sources to pick from, storage locations, and what the pre-flight checks count.
/// </summary>
public sealed class CreateSourceCatalog(ComputeSession session, TimeProvider time)
{
    /// <summary>Google's public image projects, offered beside the projects the person can see.</summary>
    public static IReadOnlyList<string> PublicImageProjects { get; } = ["debian-cloud", "ubuntu-os-cloud", "rhel-cloud", "windows-cloud"];

    public async Task<IReadOnlyList<string>> ZonesAsync(string project, CancellationToken cancellationToken)
    {
        var zones = await session.ListZonesAsync(project, cancellationToken);
        return [.. zones.Select(z => z.Name ?? string.Empty).Where(n => n.Length > 0).Order(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<SourceInstanceInfo>> InstancesAsync(string project, string zone, CancellationToken cancellationToken)
    {
        var all = await session.ListInstancesAsync(project, cancellationToken);
        return [.. all.Where(i => string.Equals(i.Scope, "zones/" + zone, StringComparison.Ordinal))
            .Select(i => SourceInstanceInfo.From(project, zone, i.Instance))
            .OrderBy(i => i.Name, StringComparer.Ordinal)];
    }

    /// <summary>The instance templates; each with the VM it was created from, when it was.</summary>
    public async Task<IReadOnlyList<(string Name, string? SourceInstance)>> TemplatesAsync(string project, CancellationToken cancellationToken)
    {
        var list = new List<(string, string?)>();
        await foreach (var t in session.Client.InstanceTemplates.ListAsync(project, null, cancellationToken))
        {
            if (t.Name is { } name) list.Add((name, t.SourceInstance));
        }
        return [.. list.OrderBy(t => t.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The VM behind a <c>sourceInstance</c> URL, or null when it no longer exists.</summary>
    public async Task<SourceInstanceInfo?> InstanceFromUrlAsync(string project, string? sourceInstance, CancellationToken cancellationToken)
    {
        var zone = DashboardFormat.SegmentAfter(sourceInstance, "zones");
        var name = DashboardFormat.ShortName(sourceInstance);
        var owner = DashboardFormat.SegmentAfter(sourceInstance, "projects") ?? project;
        if (zone is null || name.Length == 0) return null;
        var instances = await InstancesAsync(owner, zone, cancellationToken);
        return instances.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
    }

    /// <summary>Multi-regions, then the project's regions (just the multi-regions if regions cannot be listed).</summary>
    public async Task<IReadOnlyList<string>> StorageLocationsAsync(string project, CancellationToken cancellationToken)
    {
        try
        {
            var regions = new List<string>();
            await foreach (var r in session.Client.Regions.ListAsync(project, null, cancellationToken))
            {
                if (r.Name is { } n) regions.Add(n);
            }
            return StorageLocations.Options(regions);
        }
        catch (ComputeApiException)
        {
            return StorageLocations.MultiRegions;
        }
    }

    public async Task<IReadOnlyList<Disk>> DisksAsync(string project, string zone, CancellationToken cancellationToken)
    {
        var list = new List<Disk>();
        await foreach (var d in session.Client.Disks.ListAsync(project, zone, null, cancellationToken)) list.Add(d);
        return [.. list.OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>The name of a RUNNING VM the disk is attached to (from <c>disk.users</c>), or null.</summary>
    public async Task<string?> RunningUserAsync(string project, Disk disk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(disk);
        if (disk.Users is not { Count: > 0 } users) return null;
        var all = await session.ListInstancesAsync(project, cancellationToken);
        foreach (var user in users)
        {
            var name = DashboardFormat.ShortName(user);
            var zone = DashboardFormat.SegmentAfter(user, "zones");
            var match = all.FirstOrDefault(i => string.Equals(i.Instance.Name, name, StringComparison.Ordinal)
                && string.Equals(i.Scope, "zones/" + zone, StringComparison.Ordinal));
            if (match.Instance?.Status == "RUNNING") return name;
        }
        return null;
    }

    public async Task<IReadOnlyList<Snapshot>> SnapshotsAsync(string project, CancellationToken cancellationToken)
    {
        var list = new List<Snapshot>();
        await foreach (var s in session.Client.Snapshots.ListAsync(project, null, cancellationToken)) list.Add(s);
        return [.. list.OrderBy(s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>Projects to copy an image from: those the person can see, then Google's public image projects.</summary>
    public async Task<IReadOnlyList<string>> ImageProjectsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> visible;
        try
        {
            visible = [.. (await session.ListProjectsAsync(cancellationToken)).Select(p => p.ProjectId ?? string.Empty).Where(p => p.Length > 0)];
        }
        catch (ComputeApiException)
        {
            visible = [];
        }
        return [.. visible.Order(StringComparer.Ordinal).Concat(PublicImageProjects).Distinct(StringComparer.Ordinal)];
    }

    public Task<IReadOnlyList<Image>> ImagesAsync(string project, CancellationToken cancellationToken) => session.ListImagesAsync(project, cancellationToken);

    public Task<IReadOnlyList<MachineImage>> MachineImagesAsync(string project, CancellationToken cancellationToken) => session.ListMachineImagesAsync(project, cancellationToken);

    /// <summary>
    /// Image and machine-image creations still running in <paramref name="region"/>: the project's global insert
    /// operations that are not DONE, placed in a region by their target's source.
    /// </summary>
    public async Task<int> InFlightCreationsAsync(string project, string region, CancellationToken cancellationToken)
    {
        var operations = new List<Operation>();
        try
        {
            await foreach (var o in session.Client.GlobalOperations.ListAsync(project, new ListOptions { Filter = "(status != DONE) (operationType = insert)" }, cancellationToken))
                operations.Add(o);
        }
        catch (ComputeApiException e) when (e.IsInvalid)
        {
            await foreach (var o in session.Client.GlobalOperations.ListAsync(project, null, cancellationToken)) operations.Add(o);
        }
        var running = operations.Where(o => o.Status != "DONE" && o.OperationType == "insert").ToList();
        if (running.Count == 0) return 0;

        session.Invalidate(project);
        var machineImages = (await session.ListMachineImagesAsync(project, cancellationToken)).ToDictionary(m => m.Name ?? "", StringComparer.Ordinal);
        var images = (await session.ListImagesAsync(project, cancellationToken)).ToDictionary(i => i.Name ?? "", StringComparer.Ordinal);
        var count = 0;
        foreach (var o in running)
        {
            var name = DashboardFormat.ShortName(o.TargetLink);
            string? zone = null;
            if (o.TargetLink?.Contains("/machineImages/", StringComparison.Ordinal) == true && machineImages.TryGetValue(name, out var m))
                zone = DashboardFormat.SegmentAfter(m.SourceInstance, "zones");
            else if (o.TargetLink?.Contains("/images/", StringComparison.Ordinal) == true && images.TryGetValue(name, out var i))
                zone = DashboardFormat.SegmentAfter(i.SourceDisk, "zones");
            if (zone is not null && string.Equals(StorageLocations.RegionOfZone(zone), region, StringComparison.Ordinal)) count++;
        }
        return count;
    }

    /// <summary>Runs the machine-image pre-flight checks against the project as it is now.</summary>
    public async Task<IReadOnlyList<PreflightCheck>> MachineImagePreflightAsync(string project, SourceInstanceInfo source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var inFlight = await InFlightCreationsAsync(project, source.Region, cancellationToken);
        var existing = await session.ListMachineImagesAsync(project, cancellationToken);
        return PreflightChecks.ForMachineImage(new MachineImagePreflightInput(
            source,
            [.. existing.Select(m => (m.SourceInstance, DashboardFormat.Timestamp(m.CreationTimestamp)))],
            inFlight,
            time.GetUtcNow()));
    }
}
