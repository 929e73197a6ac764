using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Sharing;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// Marks images and machine images protected (Admin only, through the <see cref="MutationPipeline"/>): the console's
/// flag is written first (that is what delete and clean-up enforce), then the label <c>protected=true</c> via setLabels.
/// Unprotect removes the label first and the flag last, so a failure leaves the resource protected.
/// </summary>
public sealed class ProtectionService(MutationPipeline pipeline, ProtectionStore store, AuthenticationStateProvider authentication)
{
    public Task<bool> IsProtectedAsync(ResourceTarget target, CancellationToken cancellationToken) => store.IsProtectedAsync(target, cancellationToken);

    public async Task<MutationResult> ProtectAsync(ResourceTarget target, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var by = ConsoleUser.EmailOf((await authentication.GetAuthenticationStateAsync()).User);
        var action = target.Kind == ResourceKind.Image ? ConsoleActions.ImagesProtect : ConsoleActions.MachineImagesProtect;
        var command = MutationCommand.ForOperation(action, target.Project, target.Path, new { reason }, async (client, _, ct) =>
        {
            await store.ProtectAsync(target, by, reason, ct);
            return await WriteLabelAsync(client, target, protect: true, ct);
        });
        return await pipeline.ExecuteAsync(command, cancellationToken);
    }

    public async Task<MutationResult> UnprotectAsync(ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var action = target.Kind == ResourceKind.Image ? ConsoleActions.ImagesUnprotect : ConsoleActions.MachineImagesUnprotect;
        var command = MutationCommand.ForOperation(action, target.Project, target.Path, null, async (client, _, ct) =>
        {
            var operation = await WriteLabelAsync(client, target, protect: false, ct);
            await store.UnprotectAsync(target, ct);
            return operation;
        });
        return await pipeline.ExecuteAsync(command, cancellationToken);
    }

    private static async Task<Operation> WriteLabelAsync(ComputeClient client, ResourceTarget target, bool protect, CancellationToken cancellationToken)
    {
        var (labels, fingerprint) = await LabelsService.GetAsync(client, target, cancellationToken);
        if (protect) labels[ProtectionLabels.Key] = ProtectionLabels.Value;
        else labels.Remove(ProtectionLabels.Key);
        return await LabelsService.SetLabelsAsync(client, target, labels, fingerprint, cancellationToken);
    }
}
