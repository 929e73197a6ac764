namespace MachineImagesConsole.Model.Sharing;

/// <summary>What differs between two IAM policies, as member grants added and removed.</summary>
public sealed record PolicyDiff(IReadOnlyList<PolicyDiffEntry> Entries)
{
    public bool IsEmpty => Entries.Count == 0;

    public IEnumerable<PolicyDiffEntry> Added => Entries.Where(e => e.Kind == PolicyChangeKind.Add);

    public IEnumerable<PolicyDiffEntry> Removed => Entries.Where(e => e.Kind == PolicyChangeKind.Remove);

    /// <summary>True when the diff grants allAuthenticatedUsers anything.</summary>
    public bool MakesPublic => Added.Any(e => e.Member.Kind == IamMemberKind.AllAuthenticatedUsers);
}
