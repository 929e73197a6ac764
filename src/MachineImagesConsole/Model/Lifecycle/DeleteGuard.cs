using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// The check every delete of an image or machine image passes before it reaches the <see cref="MutationPipeline"/>
/// (the delete wizard and the retention clean-up both call it). Protected resources — the console's flag or the
/// <c>protected=true</c> label — are never deleted; deleting the image a family resolves to, or one an instance
/// template creates disks from, needs the matching <see cref="DeleteOverride"/>.
/// </summary>
public sealed class DeleteGuard(ComputeSession session, ProtectionStore protection)
{
    /// <summary>Throws <see cref="DeleteBlockedException"/> unless the delete may go ahead with <paramref name="overrides"/>.</summary>
    public async Task<DeleteCheck> EnsureDeleteAllowedAsync(ResourceTarget target, DeleteOverride overrides, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(target, cancellationToken);
        return check.AllowsWith(overrides) ? check : throw new DeleteBlockedException(check, overrides);
    }

    /// <summary>What stands against deleting <paramref name="target"/> right now.</summary>
    public Task<DeleteCheck> CheckAsync(ResourceTarget target, CancellationToken cancellationToken)
        => CheckAsync(session.Client, protection, target, cancellationToken);

    /// <summary>The same check with an explicit client (for background jobs that run as the console's service account).</summary>
    public static async Task<DeleteCheck> CheckAsync(ComputeClient client, ProtectionStore protection, ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(target);
        var blockers = new List<string>();
        var risks = new List<DeleteRisk>();

        if (await protection.FindAsync(target, cancellationToken) is { } record)
        {
            blockers.Add($"It is protected (by {record.ProtectedBy}{(string.IsNullOrEmpty(record.Reason) ? "" : ": " + record.Reason)}); an Admin must remove the protection first.");
        }

        if (target.Kind == ResourceKind.MachineImage)
        {
            var machineImage = await client.MachineImages.GetAsync(target.Project, target.Name, cancellationToken);
            if (ProtectionLabels.IsSet(machineImage.Labels) && blockers.Count == 0)
                blockers.Add("It carries the label protected=true; an Admin must remove the protection first.");
            return new DeleteCheck(target, blockers, risks);
        }

        var image = await client.Images.GetAsync(target.Project, target.Name, cancellationToken);
        if (ProtectionLabels.IsSet(image.Labels) && blockers.Count == 0)
            blockers.Add("It carries the label protected=true; an Admin must remove the protection first.");

        var isHead = false;
        if (!string.IsNullOrEmpty(image.Family))
        {
            try
            {
                var head = await client.Images.GetFromFamilyAsync(target.Project, image.Family, cancellationToken);
                isHead = head.Name == target.Name;
            }
            catch (ComputeApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                isHead = false;
            }

            if (isHead)
                risks.Add(new DeleteRisk(DeleteOverride.LatestOfFamily,
                    $"It is the latest image of the family '{image.Family}': anything that creates disks from the family would get the previous image, or fail if there is none."));
        }

        await foreach (var template in client.InstanceTemplates.ListAsync(target.Project, null, cancellationToken))
        {
            foreach (var disk in template.Properties?.Disks ?? [])
            {
                var source = disk.InitializeParams?.SourceImage;
                var direct = ImageReferences.Names(source, target, target.Project);
                var viaFamily = isHead && ImageReferences.Family(source, target.Project) is { } family
                                && family.Project == target.Project && family.Family == image.Family;
                if (direct || viaFamily)
                {
                    risks.Add(new DeleteRisk(DeleteOverride.ReferencedByTemplate,
                        $"The instance template '{template.Name}' creates disks from it{(viaFamily ? " (through its family)" : "")}."));
                    break;
                }
            }
        }

        return new DeleteCheck(target, blockers, risks);
    }
}
