namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// The result of a labels save. On <see cref="LabelsOutcome.Stale"/>, <see cref="CurrentLabels"/> and
/// <see cref="CurrentFingerprint"/> are what Compute has now, and <see cref="Rebased"/> is the person's edits re-applied
/// to them, to save only with their consent.
/// </summary>
public sealed record LabelsResult(
    LabelsOutcome Outcome,
    IReadOnlyList<string> Errors,
    IReadOnlyDictionary<string, string>? CurrentLabels = null,
    string? CurrentFingerprint = null,
    IReadOnlyDictionary<string, string>? Rebased = null,
    MutationResult? Mutation = null);
