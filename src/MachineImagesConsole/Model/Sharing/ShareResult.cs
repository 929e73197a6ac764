using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// What happened to a share. On <see cref="ShareOutcome.Conflict"/>, <see cref="Current"/> is the policy as it is now
/// (with its new etag) and <see cref="Desired"/>/<see cref="Diff"/> are the person's edits re-applied to it, for a
/// second review.
/// </summary>
public sealed record ShareResult(ShareOutcome Outcome, Policy Current, Policy Desired, PolicyDiff Diff, MutationResult? Mutation);
