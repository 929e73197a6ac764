namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Operation.status</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class OperationStatus
{
    public const string Done = "DONE";

    public const string Pending = "PENDING";

    public const string Running = "RUNNING";
}
