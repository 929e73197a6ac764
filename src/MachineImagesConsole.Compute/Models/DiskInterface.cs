namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>AttachedDisk.interface</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class DiskInterface
{
    public const string Nvme = "NVME";

    public const string Scsi = "SCSI";
}
