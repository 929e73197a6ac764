namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Instance.status</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class InstanceStatus
{
    /// <summary>The instance is halted and we are performing tear down tasks like network deprogramming, releasing quota, IP, tearing down disks etc.</summary>
    public const string Deprovisioning = "DEPROVISIONING";

    /// <summary>Resources are being allocated for the instance.</summary>
    public const string Provisioning = "PROVISIONING";

    /// <summary>The instance is in repair.</summary>
    public const string Repairing = "REPAIRING";

    /// <summary>The instance is running.</summary>
    public const string Running = "RUNNING";

    /// <summary>All required resources have been allocated and the instance is being started.</summary>
    public const string Staging = "STAGING";

    /// <summary>The instance has stopped successfully.</summary>
    public const string Stopped = "STOPPED";

    /// <summary>The instance is currently stopping (either being deleted or killed).</summary>
    public const string Stopping = "STOPPING";

    /// <summary>The instance has suspended.</summary>
    public const string Suspended = "SUSPENDED";

    /// <summary>The instance is suspending.</summary>
    public const string Suspending = "SUSPENDING";

    /// <summary>The instance has stopped (either by explicit action or underlying failure).</summary>
    public const string Terminated = "TERMINATED";
}
