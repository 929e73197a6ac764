using MachineImagesConsole.Compute.Links;
using System.Globalization;
using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Create;

/// <summary>
/// The seed's limits, checked before a machine image is submitted so the person learns of a problem in plain words
/// instead of from a failed operation. Compute checks them again; these are the same numbers (<see cref="ComputeLimits"/>).
/// </summary>
public static class PreflightChecks
{
    public const string Disks = "disks";
    public const string TotalSize = "total-size";
    public const string ProjectCount = "project-count";
    public const string Concurrent = "concurrent";
    public const string InstanceRate = "instance-rate";

    public static IReadOnlyList<PreflightCheck> ForMachineImage(MachineImagePreflightInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var source = input.Source;
        var checks = new List<PreflightCheck>(5);

        var diskCount = source.Disks.Count;
        checks.Add(diskCount <= ComputeLimits.MaxDisksPerImage
            ? new PreflightCheck(Disks, "Disks", true, $"{Plural(diskCount, "disk")} to capture (at most {ComputeLimits.MaxDisksPerImage}).")
            : new PreflightCheck(Disks, "Disks", false,
                $"{source.Name} has {diskCount} disks; a machine image can capture at most {ComputeLimits.MaxDisksPerImage}. Detach disks you do not need, or image them separately."));

        var totalGb = source.TotalDiskGb;
        checks.Add(totalGb <= ComputeLimits.MaxImageTotalGb
            ? new PreflightCheck(TotalSize, "Combined size", true, $"{totalGb.ToString("N0", CultureInfo.InvariantCulture)} GB of disks (at most 10 TB).")
            : new PreflightCheck(TotalSize, "Combined size", false,
                $"The disks add up to {totalGb.ToString("N0", CultureInfo.InvariantCulture)} GB; a machine image can hold at most 10 TB ({ComputeLimits.MaxImageTotalGb.ToString("N0", CultureInfo.InvariantCulture)} GB). Detach large data disks and back them up with snapshots instead."));

        var count = input.ExistingMachineImages.Count;
        checks.Add(count < ComputeLimits.MachineImagesPerProject
            ? new PreflightCheck(ProjectCount, "Machine images in the project", true, $"{count.ToString("N0", CultureInfo.InvariantCulture)} of {ComputeLimits.MachineImagesPerProject.ToString("N0", CultureInfo.InvariantCulture)} used.")
            : new PreflightCheck(ProjectCount, "Machine images in the project", false,
                $"The project already has {count.ToString("N0", CultureInfo.InvariantCulture)} machine images, the limit is {ComputeLimits.MachineImagesPerProject.ToString("N0", CultureInfo.InvariantCulture)}. Delete machine images you no longer need, or ask Google for a higher quota."));

        var running = input.InFlightCreationsInRegion;
        checks.Add(running < ComputeLimits.ConcurrentCreationsPerRegion
            ? new PreflightCheck(Concurrent, "Creations running in " + source.Region, true, $"{running} of {ComputeLimits.ConcurrentCreationsPerRegion} running now.")
            : new PreflightCheck(Concurrent, "Creations running in " + source.Region, false,
                $"{running} image and machine image creations are already running in {source.Region} (the limit is {ComputeLimits.ConcurrentCreationsPerRegion}). Wait for some to finish, then try again."));

        checks.Add(InstanceRateCheck(input));
        return checks;
    }

    /// <summary>
    /// One machine image per source VM per 10 minutes, with bursts of up to 6 in an hour: a bucket of 6 tokens that
    /// gains one every 10 minutes and loses one per machine image (the same rule Compute applies).
    /// </summary>
    public static PreflightCheck InstanceRateCheck(MachineImagePreflightInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var source = input.Source;
        var instance = ResourceLinks.Instance(source.Project, source.Zone, source.Name);
        var windowStart = input.Now - TimeSpan.FromHours(1);
        var recent = input.ExistingMachineImages
            .Where(m => m.Created is { } c && c > windowStart && c <= input.Now
                && ResourceLinks.Parse(m.SourceInstance)?.Path == instance)
            .Select(m => m.Created!.Value)
            .Order()
            .ToList();

        var interval = ComputeLimits.PerInstanceMinInterval;
        double tokens = ComputeLimits.PerInstancePerHour;
        var t = windowStart;
        foreach (var created in recent)
        {
            tokens = Math.Min(ComputeLimits.PerInstancePerHour, tokens + ((created - t) / interval)) - 1;
            t = created;
        }
        tokens = Math.Min(ComputeLimits.PerInstancePerHour, tokens + ((input.Now - t) / interval));

        if (tokens >= 1)
        {
            return new PreflightCheck(InstanceRate, "Rate for " + source.Name, true,
                $"{Plural(recent.Count, "machine image")} of {source.Name} in the last hour (one per 10 minutes, bursts up to {ComputeLimits.PerInstancePerHour} an hour).");
        }
        var wait = TimeSpan.FromTicks((long)Math.Ceiling((1 - tokens) * interval.Ticks));
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return new PreflightCheck(InstanceRate, "Rate for " + source.Name, false,
            $"{Plural(recent.Count, "machine image")} of {source.Name} in the last hour: Compute allows one per 10 minutes with bursts of up to {ComputeLimits.PerInstancePerHour} an hour. Try again in about {Plural(minutes, "minute")}.");
    }

    private static string Plural(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
