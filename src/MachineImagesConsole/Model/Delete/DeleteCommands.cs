using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Model.Delete;

/// <summary>
/// The pipeline command that deletes one machine image or image (one per item; a retry reuses it). Every delete
/// passes the <see cref="DeleteGuard"/> inside the command, after authorization and audit and before anything is
/// sent: a protected image, or the latest image of a family without the explicit override, is refused and audited.
/// </summary>
public static class DeleteCommands
{
    public static MutationCommand For(DeleteResourceKind kind, string project, string name, ProtectionStore protection, DeleteOverride overrides = DeleteOverride.None)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(protection);
        var target = new ResourceTarget(kind == DeleteResourceKind.MachineImage ? ResourceKind.MachineImage : ResourceKind.Image, project, name);
        return kind == DeleteResourceKind.MachineImage
            ? MutationCommand.ForOperation(ConsoleActions.MachineImagesDelete, project, name, new { name, overrides = overrides.ToString() },
                async (client, requestId, ct) =>
                {
                    await EnsureAllowedAsync(client, protection, target, overrides, ct);
                    return await client.MachineImages.DeleteAsync(project, name, requestId, ct);
                })
            : MutationCommand.ForOperation(ConsoleActions.ImagesDelete, project, name, new { name, overrides = overrides.ToString() },
                async (client, requestId, ct) =>
                {
                    await EnsureAllowedAsync(client, protection, target, overrides, ct);
                    return await client.Images.DeleteAsync(project, name, requestId, ct);
                });
    }

    private static async Task EnsureAllowedAsync(Compute.ComputeClient client, ProtectionStore protection, ResourceTarget target, DeleteOverride overrides, CancellationToken ct)
    {
        var check = await DeleteGuard.CheckAsync(client, protection, target, ct);
        if (!check.AllowsWith(overrides)) throw new DeleteBlockedException(check, overrides);
    }
}
