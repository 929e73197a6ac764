namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>A demo person who can sign in through LocalCloud's chooser page (<c>LocalCloud:People:KEY</c>).</summary>
public sealed class PersonOptions
{
    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The console role carried in the ID token's <c>roles</c> claim (Admin, Operator, HelpDesk, Viewer).</summary>
    public string ConsoleRole { get; set; } = "";

    /// <summary>Groups the person belongs to (IAM members <c>group:EMAIL</c>).</summary>
    public List<string> Groups { get; set; } = [];
}
