namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Scheduling.instanceTerminationAction</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class InstanceTerminationAction
{
    /// <summary>Delete the VM.</summary>
    public const string Delete = "DELETE";

    /// <summary>Default value. This value is unused.</summary>
    public const string InstanceTerminationActionUnspecified = "INSTANCE_TERMINATION_ACTION_UNSPECIFIED";

    /// <summary>Stop the VM without storing in-memory content. default action.</summary>
    public const string Stop = "STOP";
}
