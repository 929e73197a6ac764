namespace MachineImagesConsole.Model.Dashboards;

/// <summary>A policy member split into its type (<c>user</c>, <c>serviceAccount</c>, <c>group</c>, <c>domain</c>, <c>allUsers</c>…) and identifier.</summary>
public sealed record IamMemberView(string Type, string Id)
{
    public static IamMemberView Parse(string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var colon = member.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new IamMemberView(member, "") : new IamMemberView(member[..colon], member[(colon + 1)..]);
    }
}
