using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>The seed's limits on image and machine-image creation. Callers hold the write lock, so the counts are exact.</summary>
public static class CreationLimits
{
    public static async Task CheckConcurrentAsync(ComputeCall call, string region)
    {
        var running = await call.Db.Operations.CountAsync(o => !o.Done && o.QuotaRegion == region, call.Aborted);
        if (running >= ComputeLimits.ConcurrentCreationsPerRegion)
            throw GoogleErrors.QuotaExceeded(
                $"Quota 'CONCURRENT_IMAGE_CREATIONS' exceeded. Limit: {ComputeLimits.ConcurrentCreationsPerRegion}.0 in region {region}. " +
                "Wait for running image or machine image creations to finish, then try again.");
    }

    public static async Task CheckMachineImageCountAsync(ComputeCall call)
    {
        var count = await ResourceStore.CountAsync(call.Db, call.Project, "machineImages", call.Aborted);
        if (count >= ComputeLimits.MachineImagesPerProject)
            throw GoogleErrors.QuotaExceeded($"Quota 'MACHINE_IMAGES' exceeded. Limit: {ComputeLimits.MachineImagesPerProject}.0 globally.");
    }

    public static void CheckDisks(int diskCount, long totalGb, string what)
    {
        if (diskCount > ComputeLimits.MaxDisksPerImage)
            throw GoogleErrors.Invalid($"{what} has {diskCount} disks; at most {ComputeLimits.MaxDisksPerImage} disks can be captured in one image.");
        if (totalGb > ComputeLimits.MaxImageTotalGb)
            throw GoogleErrors.Invalid($"{what} has {totalGb} GB of disks; the combined size of the disks in one image must be at most {ComputeLimits.MaxImageTotalGb} GB (10 TB).");
    }

    /// <summary>
    /// Machine images per source instance: a token bucket of 6 that refills one token per 10 minutes, i.e. one
    /// machine image per 10 minutes with bursts of up to 6 within 60 minutes.
    /// </summary>
    public static async Task CheckPerInstanceRateAsync(ComputeCall call, string instanceKey, string instancePath)
    {
        var now = call.Now.UtcTicks;
        var windowStart = now - TimeSpan.FromMinutes(60).Ticks;
        var events = await call.Db.RateEvents.Where(e => e.Subject == instanceKey && e.Ticks > windowStart)
            .OrderBy(e => e.Ticks).Select(e => e.Ticks).ToListAsync(call.Aborted);
        var interval = (double)ComputeLimits.PerInstanceMinInterval.Ticks;
        double tokens = ComputeLimits.PerInstancePerHour;
        var t = windowStart;
        foreach (var e in events)
        {
            tokens = Math.Min(ComputeLimits.PerInstancePerHour, tokens + ((e - t) / interval)) - 1;
            t = e;
        }
        tokens = Math.Min(ComputeLimits.PerInstancePerHour, tokens + ((now - t) / interval));
        if (tokens < 1)
            throw GoogleErrors.RateLimitExceeded(
                $"Operation rate exceeded for resource '{instancePath}'. Too frequent operations: machine images of one instance are limited to one per 10 minutes, with bursts of up to {ComputeLimits.PerInstancePerHour} per 60 minutes.");
        call.Db.RateEvents.Add(new RateEventRecord { Subject = instanceKey, Ticks = now });
    }

    /// <summary>An image or machine image may not be deleted while an unfinished operation reads from it.</summary>
    public static async Task CheckNotInUseAsync(ComputeCall call, ResourceRecord record, string path)
    {
        var marker = "|" + record.Key + "|";
        var user = await call.Db.Operations.Where(o => !o.Done && o.Uses.Contains(marker)).Select(o => o.TargetKey).FirstOrDefaultAsync(call.Aborted);
        if (user is not null) throw GoogleErrors.ResourceInUse(path, "projects/" + user);
    }
}
