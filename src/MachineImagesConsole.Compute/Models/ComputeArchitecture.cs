namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Image.architecture</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class ComputeArchitecture
{
    /// <summary>Default value indicating Architecture is not set.</summary>
    public const string ArchitectureUnspecified = "ARCHITECTURE_UNSPECIFIED";

    /// <summary>Machines with architecture ARM64</summary>
    public const string Arm64 = "ARM64";

    /// <summary>Machines with architecture X86_64</summary>
    public const string X8664 = "X86_64";
}
