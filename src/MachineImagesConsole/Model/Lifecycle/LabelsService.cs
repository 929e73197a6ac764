using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>Reads and writes labels with the labelFingerprint (scoped, per circuit), through the <see cref="MutationPipeline"/>.</summary>
public sealed class LabelsService(ComputeSession session, MutationPipeline pipeline)
{
    public Task<(Dictionary<string, string> Labels, string? Fingerprint)> GetAsync(ResourceTarget target, CancellationToken cancellationToken)
        => GetAsync(session.Client, target, cancellationToken);

    public static async Task<(Dictionary<string, string> Labels, string? Fingerprint)> GetAsync(ComputeClient client, ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Kind == ResourceKind.Image)
        {
            var image = await client.Images.GetAsync(target.Project, target.Name, cancellationToken);
            return (new Dictionary<string, string>(image.Labels ?? [], StringComparer.Ordinal), image.LabelFingerprint);
        }

        var machineImage = await client.MachineImages.GetAsync(target.Project, target.Name, cancellationToken);
        return (new Dictionary<string, string>(machineImage.Labels ?? [], StringComparer.Ordinal), machineImage.LabelFingerprint);
    }

    /// <summary>
    /// Writes <paramref name="edited"/> with <paramref name="fingerprint"/> (the protection label is left as it is). A stale
    /// fingerprint returns <see cref="LabelsOutcome.Stale"/> with the current labels and the edits rebased on them.
    /// </summary>
    public async Task<LabelsResult> SaveAsync(
        ResourceTarget target, IReadOnlyDictionary<string, string> original, IReadOnlyDictionary<string, string> edited, string? fingerprint,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(edited);
        var labels = LabelEdits.KeepProtection(edited, original);
        var errors = LabelRules.Validate(labels);
        if (errors.Count > 0) return new LabelsResult(LabelsOutcome.Invalid, errors);

        var action = target.Kind == ResourceKind.Image ? ConsoleActions.ImagesSetLabels : ConsoleActions.MachineImagesSetLabels;
        var command = MutationCommand.ForOperation(action, target.Project, target.Path, new { labels, labelFingerprint = fingerprint },
            (client, _, ct) => SetLabelsAsync(client, target, labels, fingerprint, ct));
        var result = await pipeline.ExecuteAsync(command, cancellationToken);
        if (result.Succeeded) return new LabelsResult(LabelsOutcome.Saved, [], labels, null, null, result);

        if (SharingService.IsStaleEtag(result))
        {
            var (current, currentFingerprint) = await GetAsync(target, cancellationToken);
            var rebased = LabelEdits.KeepProtection(LabelEdits.Rebase(original, edited, current), current);
            return new LabelsResult(LabelsOutcome.Stale, [result.ErrorMessage ?? "The labels changed since you opened them."], current, currentFingerprint, rebased, result);
        }

        return new LabelsResult(LabelsOutcome.Failed, [result.ErrorMessage ?? "The labels could not be saved."], null, null, null, result);
    }

    /// <summary>The raw setLabels call for either kind.</summary>
    public static Task<Operation> SetLabelsAsync(ComputeClient client, ResourceTarget target, Dictionary<string, string> labels, string? fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        var request = new GlobalSetLabelsRequest { Labels = labels, LabelFingerprint = fingerprint };
        return target.Kind == ResourceKind.Image
            ? client.Images.SetLabelsAsync(target.Project, target.Name, request, cancellationToken)
            : client.MachineImages.SetLabelsAsync(target.Project, target.Name, request, cancellationToken);
    }
}
