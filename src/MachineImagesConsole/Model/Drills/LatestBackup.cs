using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Restore;

namespace MachineImagesConsole.Model.Drills;

/// <summary>"The latest backup of an instance": the newest READY machine image whose <c>sourceInstance</c> is that instance.</summary>
public static class LatestBackup
{
    /// <summary>True when <paramref name="sourceInstanceUrl"/> names the instance <c>zones/Z/instances/NAME</c> of <paramref name="project"/>.</summary>
    public static bool IsOf(string? sourceInstanceUrl, string project, string instance)
    {
        if (string.IsNullOrEmpty(sourceInstanceUrl)) return false;
        var link = ResourceLinks.Parse(sourceInstanceUrl);
        return link is not null && link.Project == project && link.Path.EndsWith("/" + instance, StringComparison.Ordinal);
    }

    public static MachineImage? Pick(IEnumerable<MachineImage> images, string project, string instance)
        => images.Where(i => i.Status == "READY" && IsOf(i.SourceInstance, project, instance))
            .OrderByDescending(i => DateTimeOffset.TryParse(i.CreationTimestamp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : DateTimeOffset.MinValue)
            .FirstOrDefault();

    public static async Task<MachineImage?> FindAsync(ComputeClient client, string project, string instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var images = new List<MachineImage>();
        await foreach (var image in client.MachineImages.ListAsync(project, null, cancellationToken)) images.Add(image);
        return Pick(images, project, instance);
    }

    /// <summary><c>zones/Z/instances/NAME</c> of a full or partial instance URL.</summary>
    public static string? InstancePath(string? url)
    {
        var zone = Dashboards.DashboardFormat.SegmentAfter(url, "zones");
        var name = RestorePlanner.ShortName(url);
        return zone is null || name.Length == 0 ? null : $"zones/{zone}/instances/{name}";
    }
}
