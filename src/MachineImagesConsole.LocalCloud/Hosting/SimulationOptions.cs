namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary><c>LocalCloud:Simulation</c>: how operations progress.</summary>
public sealed class SimulationOptions
{
    public SimulationMode Mode { get; set; } = SimulationMode.Timed;

    /// <summary>Timed mode: seconds an image or machine image takes per 100 GB of disk (default 5, so 300 GB ≈ 15 s).</summary>
    public double SecondsPerHundredGb { get; set; } = 5;

    /// <summary>Timed mode: the shortest duration of any operation, in seconds.</summary>
    public double MinimumOperationSeconds { get; set; } = 2;

    /// <summary>
    /// Timed mode: seconds a metadata change (setLabels, deprecate, patch) stays PENDING before it is DONE. Default 0:
    /// DONE at once, as Compute usually answers; more lets a person (or a browser test) watch such an operation finish.
    /// The change itself is made at once either way.
    /// </summary>
    public double MetadataOperationSeconds { get; set; }

    /// <summary>Timed mode: how often the background driver looks at running operations, in milliseconds.</summary>
    public int TickMilliseconds { get; set; } = 250;

    /// <summary>The longest an <c>operations.wait</c> call blocks, in seconds (Google: about 2 minutes).</summary>
    public double MaxWaitSeconds { get; set; } = 120;

    /// <summary>The line a VM writes to serial port 1 when it reaches RUNNING.</summary>
    public string BootMarker { get; set; } = "LocalCloud: boot complete";

    /// <summary>
    /// Zones that are out of capacity (default none): an <c>instances.insert</c> or <c>instances.start</c> there is accepted
    /// and then finishes DONE with error <c>ZONE_RESOURCE_POOL_EXHAUSTED</c> (HTTP 503), as a Compute Engine stockout does.
    /// A failed insert leaves no instance and no new disks; a failed start leaves the VM TERMINATED. A deterministic way to
    /// see a failed long-running operation.
    /// </summary>
    public IList<string> StockoutZones { get; } = [];
}
