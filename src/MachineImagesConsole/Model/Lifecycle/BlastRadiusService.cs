using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>Finds what depends on an image or machine image in its project (scoped, per circuit).</summary>
public sealed class BlastRadiusService(ComputeSession session, DeleteGuard guard, SharingService sharing)
{
    private const int MaxParallelZones = 4;

    public async Task<BlastRadius> AnalyzeAsync(ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var client = session.Client;
        var dependents = new List<BlastRadiusItem>();
        var notes = new List<string> { "Only this project is scanned: projects the image is shared with are not visible here." };

        var instances = await session.ListInstancesAsync(target.Project, cancellationToken);
        if (target.Kind == ResourceKind.MachineImage)
        {
            dependents.AddRange(instances
                .Where(i => ImageReferences.Names(i.Instance.SourceMachineImage, target, target.Project))
                .Select(i => new BlastRadiusItem("Instance", i.Instance.Name ?? "", Short(i.Scope), "sourceMachineImage")));
        }

        string? family = null;
        var isHead = false;
        string? nextHead = null;
        if (target.Kind == ResourceKind.Image)
        {
            var image = await client.Images.GetAsync(target.Project, target.Name, cancellationToken);
            family = image.Family;
            if (!string.IsNullOrEmpty(family))
            {
                var images = await session.ListImagesAsync(target.Project, cancellationToken);
                isHead = ImageFamilies.Head(images, family)?.Name == target.Name;
                if (isHead) nextHead = ImageFamilies.Head(images.Where(i => i.Name != target.Name), family)?.Name;
            }

            // Disks created from the image (and the instances they are attached to), zone by zone.
            var zones = await session.ListZonesAsync(target.Project, cancellationToken);
            var found = new System.Collections.Concurrent.ConcurrentBag<BlastRadiusItem>();
            await Parallel.ForEachAsync(zones, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelZones, CancellationToken = cancellationToken }, async (zone, ct) =>
            {
                await foreach (var disk in client.Disks.ListAsync(target.Project, zone.Name!, null, ct))
                {
                    if (!ImageReferences.Names(disk.SourceImage, target, target.Project)) continue;
                    var users = (disk.Users ?? []).Select(ResourceLinks.ShortName).ToList();
                    found.Add(new BlastRadiusItem("Disk", disk.Name ?? "", zone.Name!, users.Count == 0 ? "sourceImage" : "sourceImage; attached to " + string.Join(", ", users)));
                }
            });
            dependents.AddRange(found.OrderBy(d => d.Location, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal));

            await foreach (var template in client.InstanceTemplates.ListAsync(target.Project, null, cancellationToken))
            {
                foreach (var disk in template.Properties?.Disks ?? [])
                {
                    var source = disk.InitializeParams?.SourceImage;
                    if (ImageReferences.Names(source, target, target.Project))
                    {
                        dependents.Add(new BlastRadiusItem("Instance template", template.Name ?? "", "global", "disks[].initializeParams.sourceImage"));
                        break;
                    }

                    if (family is not null && ImageReferences.Family(source, target.Project) is { } f && f.Project == target.Project && f.Family == family)
                    {
                        dependents.Add(new BlastRadiusItem("Instance template", template.Name ?? "", "global",
                            isHead ? $"family/{family} (resolves to this image now)" : $"family/{family}"));
                        break;
                    }
                }
            }
        }

        IReadOnlyList<PolicyRoleGroup> sharedWith = [];
        try
        {
            sharedWith = PolicyEditor.ByRole(await sharing.GetPolicyAsync(target, cancellationToken));
        }
        catch (ComputeApiException e)
        {
            notes.Add("Who it is shared with could not be read: " + e.Message);
        }

        var check = await guard.CheckAsync(target, cancellationToken);
        return new BlastRadius(target, dependents, family, isHead, nextHead, sharedWith, check, notes);
    }

    private static string Short(string scope) => scope.StartsWith("zones/", StringComparison.Ordinal) ? scope["zones/".Length..] : scope;
}
