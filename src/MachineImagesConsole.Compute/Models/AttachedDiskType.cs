namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>AttachedDisk.type</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class AttachedDiskType
{
    public const string Persistent = "PERSISTENT";

    public const string Scratch = "SCRATCH";
}
