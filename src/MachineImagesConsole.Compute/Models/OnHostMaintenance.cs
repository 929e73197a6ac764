namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Scheduling.onHostMaintenance</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class OnHostMaintenance
{
    /// <summary>*[Default]* Allows Compute Engine to automatically migrate instances out of the way of maintenance events.</summary>
    public const string Migrate = "MIGRATE";

    /// <summary>Tells Compute Engine to terminate and (optionally) restart the instance away from the maintenance activity. If you would like your instance to be restarted, set the automaticRestart flag to true. Your instance may be restarted more than once, and it may be restarted outside the window of maintenance events.</summary>
    public const string Terminate = "TERMINATE";
}
