using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Compute's limit on machine images of one source VM: one per 10 minutes, with bursts of up to six within 60 minutes (a
/// bucket of six tokens refilled one per 10 minutes). Checked before submitting, from the creation times of the VM's
/// existing machine images, so a policy never asks for an image Compute would refuse.
/// </summary>
public static class SourceRateLimit
{
    /// <summary>When the next machine image of the VM may be created (<paramref name="now"/> when it may be now).</summary>
    public static DateTimeOffset NextAllowed(IEnumerable<DateTimeOffset> created, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(created);
        var windowStart = now - TimeSpan.FromMinutes(60);
        var interval = ComputeLimits.PerInstanceMinInterval.Ticks;
        double tokens = ComputeLimits.PerInstancePerHour;
        var t = windowStart;
        foreach (var e in created.Where(c => c > windowStart && c <= now).Order())
        {
            tokens = Math.Min(ComputeLimits.PerInstancePerHour, tokens + ((double)(e - t).Ticks / interval)) - 1;
            t = e;
        }
        tokens = Math.Min(ComputeLimits.PerInstancePerHour, tokens + ((double)(now - t).Ticks / interval));
        return tokens >= 1 ? now : now + TimeSpan.FromTicks((long)Math.Ceiling((1 - tokens) * interval));
    }
}
