namespace MachineImagesConsole.Model.Retention;

/// <summary>
/// A clean-up run. When the plan computed at confirm time differs from the one the person confirmed,
/// <see cref="PlanChanged"/> is true, nothing is deleted, and <see cref="Plan"/> is the new plan to review.
/// </summary>
public sealed record RetentionRunResult(RetentionPlan Plan, bool PlanChanged, IReadOnlyList<RetentionItemResult> Items);
