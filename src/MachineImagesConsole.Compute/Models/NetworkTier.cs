namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>AccessConfig.networkTier</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class NetworkTier
{
    /// <summary>Public internet quality with fixed bandwidth.</summary>
    public const string FixedStandard = "FIXED_STANDARD";

    /// <summary>High quality, Google-grade network tier, support for all networking products.</summary>
    public const string Premium = "PREMIUM";

    /// <summary>Public internet quality, only limited support for other networking products.</summary>
    public const string Standard = "STANDARD";

    /// <summary>(Output only) Temporary tier for FIXED_STANDARD when fixed standard tier is expired or not configured.</summary>
    public const string StandardOverridesFixedStandard = "STANDARD_OVERRIDES_FIXED_STANDARD";
}
