namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>MachineImage.status</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class MachineImageStatus
{
    public const string Creating = "CREATING";

    public const string Deleting = "DELETING";

    public const string Invalid = "INVALID";

    public const string Ready = "READY";

    public const string Uploading = "UPLOADING";
}
