using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// One edit the person asked for: add or remove <paramref name="Member"/> in <paramref name="Role"/>. A
/// <paramref name="Condition"/> names the conditional binding (an add creates it; a remove matches it).
/// </summary>
public sealed record PolicyChange(PolicyChangeKind Kind, string Role, string Member, Expr? Condition = null)
{
    public static PolicyChange Add(string role, string member, Expr? condition = null) => new(PolicyChangeKind.Add, role, member, condition);

    public static PolicyChange Remove(string role, string member, Expr? condition = null) => new(PolicyChangeKind.Remove, role, member, condition);

    /// <summary>True when the change would make the resource public.</summary>
    public bool MakesPublic => Kind == PolicyChangeKind.Add && Member == IamMember.AllAuthenticatedUsers;
}
