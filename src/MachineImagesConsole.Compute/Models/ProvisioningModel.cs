namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Scheduling.provisioningModel</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class ProvisioningModel
{
    /// <summary>Heavily discounted, no guaranteed runtime.</summary>
    public const string Spot = "SPOT";

    /// <summary>Standard provisioning with user controlled runtime, no discounts.</summary>
    public const string Standard = "STANDARD";
}
