namespace MachineImagesConsole.Model.Retention;

/// <summary>The planner's answer for one rule at one moment: every matching resource, kept or deleted, with the reason.</summary>
public sealed record RetentionPlan(long RuleId, string Project, string Collection, DateTimeOffset PlannedAt, IReadOnlyList<RetentionDecision> Decisions)
{
    public IReadOnlyList<string> ToDelete => [.. Decisions.Where(d => d.Delete).Select(d => d.Name).Order(StringComparer.Ordinal)];

    public bool DeletesSameAs(RetentionPlan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ToDelete.SequenceEqual(other.ToDelete, StringComparer.Ordinal);
    }
}
