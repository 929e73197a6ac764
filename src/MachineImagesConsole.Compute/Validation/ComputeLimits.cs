namespace MachineImagesConsole.Compute.Validation;

/// <summary>Compute Engine limits the console shows and checks before submitting (from the seed document).</summary>
public static class ComputeLimits
{
    /// <summary>Machine images per project (a soft limit; Google can raise it).</summary>
    public const int MachineImagesPerProject = 1000;

    /// <summary>Combined size of the disks captured in one image: 10 TB.</summary>
    public const long MaxImageTotalGb = 10 * 1024;

    /// <summary>Disks captured in one machine image.</summary>
    public const int MaxDisksPerImage = 128;

    /// <summary>Image and machine-image creations running at once per region.</summary>
    public const int ConcurrentCreationsPerRegion = 20;

    /// <summary>One machine image per source instance per 10 minutes ...</summary>
    public static readonly TimeSpan PerInstanceMinInterval = TimeSpan.FromMinutes(10);

    /// <summary>... with bursts of up to 6 per 60 minutes.</summary>
    public const int PerInstancePerHour = 6;

    /// <summary>Restore drills: the seed's recovery-time objective.</summary>
    public static readonly TimeSpan DefaultRtoTarget = TimeSpan.FromMinutes(30);
}
