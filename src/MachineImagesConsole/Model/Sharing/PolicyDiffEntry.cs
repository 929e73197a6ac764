namespace MachineImagesConsole.Model.Sharing;

/// <summary>One member added to or removed from one role (and condition) between two policies.</summary>
public sealed record PolicyDiffEntry(PolicyChangeKind Kind, string Role, IamMember Member, string? ConditionTitle, string? ConditionExpression)
{
    public string Symbol => Kind == PolicyChangeKind.Add ? "+" : "−";
}
