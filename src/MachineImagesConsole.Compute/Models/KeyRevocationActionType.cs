namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>InstanceProperties.keyRevocationActionType</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class KeyRevocationActionType
{
    /// <summary>Default value. This value is unused.</summary>
    public const string KeyRevocationActionTypeUnspecified = "KEY_REVOCATION_ACTION_TYPE_UNSPECIFIED";

    /// <summary>Indicates user chose no operation.</summary>
    public const string None = "NONE";

    /// <summary>Indicates user chose to opt for VM shutdown on key revocation.</summary>
    public const string Stop = "STOP";
}
