namespace MachineImagesConsole.Model.Retention;

/// <summary>What the planner must never delete: protected names, family heads, and images instance templates use.</summary>
public sealed record RetentionSafety(IReadOnlySet<string> Protected, IReadOnlySet<string> FamilyHeads, IReadOnlyDictionary<string, string> UsedByTemplates)
{
    /// <summary>Backups that are the newest READY machine image of their source instance (a backup policy never deletes one).</summary>
    public IReadOnlySet<string> NewestGood { get; init; } = new HashSet<string>();

    public static RetentionSafety None { get; } = new(new HashSet<string>(), new HashSet<string>(), new Dictionary<string, string>());
}
