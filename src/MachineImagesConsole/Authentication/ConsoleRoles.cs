namespace MachineImagesConsole.Authentication;

/// <summary>The console's own roles. Admin ⊃ Operator ⊃ Viewer; HelpDesk ⊃ Viewer plus guarded self-service cloning.</summary>
public static class ConsoleRoles
{
    public const string Viewer = "Viewer";
    public const string Operator = "Operator";
    public const string HelpDesk = "HelpDesk";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Operator, HelpDesk, Admin];

    /// <summary>The claim type that carries a console role on the signed-in principal.</summary>
    public const string ClaimType = "mic_role";
}
