namespace MachineImagesConsole.Configuration;

/// <summary>The <c>Console:Authorization</c> section.</summary>
public sealed class ConsoleAuthorizationOptions
{
    public ConsoleRoleAssignments Roles { get; set; } = new();
}
