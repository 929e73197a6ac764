namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Region.status</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class RegionStatus
{
    public const string Down = "DOWN";

    public const string Up = "UP";
}
