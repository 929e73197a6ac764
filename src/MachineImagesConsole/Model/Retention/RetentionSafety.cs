namespace MachineImagesConsole.Model.Retention;

/// <summary>What the planner must never delete: protected names, family heads, and images instance templates use.</summary>
public sealed record RetentionSafety(IReadOnlySet<string> Protected, IReadOnlySet<string> FamilyHeads, IReadOnlyDictionary<string, string> UsedByTemplates)
{
    public static RetentionSafety None { get; } = new(new HashSet<string>(), new HashSet<string>(), new Dictionary<string, string>());
}
