namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Image.status</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class ImageStatus
{
    /// <summary>Image is deleting.</summary>
    public const string Deleting = "DELETING";

    /// <summary>Image creation failed due to an error.</summary>
    public const string Failed = "FAILED";

    /// <summary>Image hasn't been created as yet.</summary>
    public const string Pending = "PENDING";

    /// <summary>Image has been successfully created.</summary>
    public const string Ready = "READY";
}
