namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Snapshot.status</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class SnapshotStatus
{
    /// <summary>Snapshot creation is in progress.</summary>
    public const string Creating = "CREATING";

    /// <summary>Snapshot is currently being deleted.</summary>
    public const string Deleting = "DELETING";

    /// <summary>Snapshot creation failed.</summary>
    public const string Failed = "FAILED";

    /// <summary>Snapshot has been created successfully.</summary>
    public const string Ready = "READY";

    /// <summary>Snapshot is being uploaded.</summary>
    public const string Uploading = "UPLOADING";
}
