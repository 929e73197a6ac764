namespace MachineImagesConsole.Configuration;

/// <summary>
/// The <c>Console:Authorization:Roles</c> section: per console role, a list of email addresses
/// (<c>alice@example.com</c>) or whole domains (<c>@example.com</c>). The highest role that matches wins.
/// </summary>
public sealed class ConsoleRoleAssignments
{
    public List<string> Admin { get; set; } = [];

    public List<string> Operator { get; set; } = [];

    public List<string> HelpDesk { get; set; } = [];

    public List<string> Viewer { get; set; } = [];
}
