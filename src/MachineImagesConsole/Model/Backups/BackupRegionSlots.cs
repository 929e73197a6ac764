using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Compute's limit of concurrent image creations per region, kept before submitting (singleton): a backup holds a slot of
/// its VM's region from the insert until its operation is DONE; the rest wait in line (first come, first served).
/// </summary>
public sealed class BackupRegionSlots(IOptions<BackupsOptions> options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _regions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _peak = new(StringComparer.Ordinal);

    public int Capacity => options.Value.MaxConcurrentCreationsPerRegion;

    /// <summary>Waits for a slot in <paramref name="region"/>; dispose the result when the creation is DONE.</summary>
    public async Task<IDisposable> AcquireAsync(string region, CancellationToken cancellationToken)
    {
        var gate = _regions.GetOrAdd(region, _ => new SemaphoreSlim(Capacity, Capacity));
        await gate.WaitAsync(cancellationToken);
        var now = _inFlight.AddOrUpdate(region, 1, (_, n) => n + 1);
        _peak.AddOrUpdate(region, now, (_, p) => Math.Max(p, now));
        return new Slot(this, region, gate);
    }

    /// <summary>Creations in flight in <paramref name="region"/> now.</summary>
    public int InFlight(string region) => _inFlight.TryGetValue(region, out var n) ? n : 0;

    /// <summary>The most creations this console had in flight at once in <paramref name="region"/>.</summary>
    public int Peak(string region) => _peak.TryGetValue(region, out var n) ? n : 0;

    /// <summary><c>us-central1</c> for the zone <c>us-central1-a</c>.</summary>
    public static string RegionOf(string zone)
    {
        ArgumentException.ThrowIfNullOrEmpty(zone);
        var dash = zone.LastIndexOf('-');
        return dash > 0 ? zone[..dash] : zone;
    }

    private sealed class Slot(BackupRegionSlots owner, string region, SemaphoreSlim gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            owner._inFlight.AddOrUpdate(region, 0, (_, n) => n - 1);
            gate.Release();
        }
    }
}
