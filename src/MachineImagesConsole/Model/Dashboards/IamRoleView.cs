namespace MachineImagesConsole.Model.Dashboards;

public sealed record IamRoleView(string Role, IReadOnlyList<IamMemberView> Members, string? Condition);
