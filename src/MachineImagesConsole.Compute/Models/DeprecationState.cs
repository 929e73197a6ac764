namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>DeprecationStatus.state</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class DeprecationState
{
    public const string Active = "ACTIVE";

    public const string Deleted = "DELETED";

    public const string Deprecated = "DEPRECATED";

    public const string Obsolete = "OBSOLETE";
}
