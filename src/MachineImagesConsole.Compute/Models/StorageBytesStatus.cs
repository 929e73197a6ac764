namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>SavedDisk.storageBytesStatus</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class StorageBytesStatus
{
    public const string Updating = "UPDATING";

    public const string UpToDate = "UP_TO_DATE";
}
