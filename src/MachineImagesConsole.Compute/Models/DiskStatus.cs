namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Disk.status</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class DiskStatus
{
    /// <summary>Disk is provisioning</summary>
    public const string Creating = "CREATING";

    /// <summary>Disk is deleting.</summary>
    public const string Deleting = "DELETING";

    /// <summary>Disk creation failed.</summary>
    public const string Failed = "FAILED";

    /// <summary>Disk is ready for use.</summary>
    public const string Ready = "READY";

    /// <summary>Source data is being copied into the disk.</summary>
    public const string Restoring = "RESTORING";
}
