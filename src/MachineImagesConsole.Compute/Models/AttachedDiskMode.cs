namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>AttachedDisk.mode</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class AttachedDiskMode
{
    /// <summary>Attaches this disk in read-only mode. Multiple virtual machines can use a disk in read-only mode at a time.</summary>
    public const string ReadOnly = "READ_ONLY";

    /// <summary>*[Default]* Attaches this disk in read-write mode. Only one virtual machine at a time can be attached to a disk in read-write mode.</summary>
    public const string ReadWrite = "READ_WRITE";
}
