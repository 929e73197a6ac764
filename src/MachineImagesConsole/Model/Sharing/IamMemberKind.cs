namespace MachineImagesConsole.Model.Sharing;

/// <summary>The kinds of IAM principal a binding can name (the prefix before the colon).</summary>
public enum IamMemberKind
{
    User = 0,
    Group = 1,
    ServiceAccount = 2,
    Domain = 3,
    AllAuthenticatedUsers = 4,

    /// <summary>Anything else a policy may carry (<c>deleted:user:...</c>, <c>principal://...</c>, <c>allUsers</c>); shown, never offered.</summary>
    Other = 5,
}
