namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// "Who can use this": members granted use on the resource's own policy, whether the signed-in caller can use it
/// (testIamPermissions, which covers project-level grants too), and what the console cannot see.
/// </summary>
public sealed record UsageReport(IReadOnlyList<UsageGrant> Grants, bool CallerCanUse, IReadOnlyList<string> CallerPermissions, IReadOnlyList<string> Limits);
