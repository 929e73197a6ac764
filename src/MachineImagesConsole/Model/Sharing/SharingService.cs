using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// Reads and writes the IAM policy of an image or machine image (scoped, one per circuit). Writes go through the
/// <see cref="MutationPipeline"/> with the etag of the policy the person reviewed: if the policy changed since, Compute
/// answers 412 conditionNotMet and this service reloads it and re-applies the edits for a new review instead of
/// overwriting someone else's change. Adding allAuthenticatedUsers is the Admin-only make-public action.
/// </summary>
public sealed class SharingService(ComputeSession session, MutationPipeline pipeline)
{
    public async Task<Policy> GetPolicyAsync(ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var client = session.Client;
        return target.Kind == ResourceKind.Image
            ? await client.Images.GetIamPolicyAsync(target.Project, target.Name, PolicyEditor.ConditionalVersion, cancellationToken)
            : await client.MachineImages.GetIamPolicyAsync(target.Project, target.Name, PolicyEditor.ConditionalVersion, cancellationToken);
    }

    /// <summary>The action a write of <paramref name="diff"/> is authorized as (make-public needs Administer).</summary>
    public static string ActionFor(ResourceTarget target, PolicyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(diff);
        return (target.Kind, diff.MakesPublic) switch
        {
            (ResourceKind.Image, true) => ConsoleActions.ImagesMakePublic,
            (ResourceKind.Image, false) => ConsoleActions.ImagesSetIamPolicy,
            (_, true) => ConsoleActions.MachineImagesMakePublic,
            _ => ConsoleActions.MachineImagesSetIamPolicy,
        };
    }

    /// <summary>
    /// Writes <paramref name="reviewed"/> + <paramref name="changes"/> with <paramref name="reviewed"/>'s etag.
    /// Throws <see cref="ConsoleForbiddenException"/> when the person's console role does not allow it.
    /// </summary>
    public async Task<ShareResult> ApplyAsync(ResourceTarget target, Policy reviewed, IReadOnlyList<PolicyChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(changes);
        var desired = PolicyEditor.Apply(reviewed, changes);
        var diff = PolicyEditor.Diff(reviewed, desired);
        if (diff.IsEmpty) return new ShareResult(ShareOutcome.NoChange, reviewed, desired, diff, null);

        Policy? written = null;
        var parameters = new
        {
            etag = reviewed.Etag,
            added = diff.Added.Select(e => $"{e.Role} {e.Member.Value}{(e.ConditionExpression is null ? "" : " if " + e.ConditionExpression)}").ToArray(),
            removed = diff.Removed.Select(e => $"{e.Role} {e.Member.Value}").ToArray(),
        };
        var command = MutationCommand.Synchronous(ActionFor(target, diff), target.Project, target.Path, parameters, async (client, _, ct) =>
        {
            var request = new GlobalSetPolicyRequest { Policy = desired };
            written = target.Kind == ResourceKind.Image
                ? await client.Images.SetIamPolicyAsync(target.Project, target.Name, request, ct)
                : await client.MachineImages.SetIamPolicyAsync(target.Project, target.Name, request, ct);
        });

        var result = await pipeline.ExecuteAsync(command, cancellationToken);
        if (result.Succeeded) return new ShareResult(ShareOutcome.Applied, written ?? desired, written ?? desired, diff, result);

        if (IsStaleEtag(result))
        {
            var current = await GetPolicyAsync(target, cancellationToken);
            var redone = PolicyEditor.Apply(current, changes);
            return new ShareResult(ShareOutcome.Conflict, current, redone, PolicyEditor.Diff(current, redone), result);
        }

        return new ShareResult(ShareOutcome.Failed, reviewed, desired, diff, result);
    }

    /// <summary>A stale etag: Compute's 412 conditionNotMet (and 409 conflict/aborted, which IAM uses elsewhere).</summary>
    public static bool IsStaleEtag(MutationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.ErrorReasons.Any(r => r is ComputeErrorReasons.ConditionNotMet or ComputeErrorReasons.Conflict or "aborted" or "412" or "409");
    }
}
