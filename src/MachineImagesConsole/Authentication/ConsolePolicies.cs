namespace MachineImagesConsole.Authentication;

/// <summary>Authorization policy names. Pages and actions are authorized on the server with these.</summary>
public static class ConsolePolicies
{
    /// <summary>Any console role: browse dashboards, lists and details.</summary>
    public const string View = "console.view";

    /// <summary>Operator or Admin: create, restore, delete, label, deprecate, share (non-public).</summary>
    public const string Operate = "console.operate";

    /// <summary>HelpDesk, Operator or Admin: guarded self-service clones from approved machine images.</summary>
    public const string SelfServiceClone = "console.clone";

    /// <summary>Admin only: audit log, settings, make public, protection, approvals, clean-up rules.</summary>
    public const string Administer = "console.admin";
}
