namespace MachineImagesConsole.Operations;

/// <summary>Tuning for the operation tracker (configuration <c>Console:Operations</c>).</summary>
public sealed class OperationTrackingOptions
{
    /// <summary>Least time between two progress updates of one operation (250 ms = at most 4 per second). DONE is never held back.</summary>
    public TimeSpan MinUpdateInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// While someone watches an operation (a page or hub client subscribed to it or its project) and
    /// <c>operations.wait</c> blocks (it answers only at DONE or after about two minutes), how often the operation is
    /// read with <c>operations.get</c> so its status and progress move live. An operation nobody watches is only waited
    /// on. Zero: wait only, even when watched.
    /// </summary>
    public TimeSpan ProgressPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// While someone watches a project's Operations page, how often the project's running operations are read
    /// (<c>globalOperations.aggregatedList</c>, <c>filter=status != DONE</c>: one call per watched project and identity
    /// scope on each instance, whatever the number of viewers) to find operations started outside the console, which the
    /// tracker then follows. 500 ms = 120 list calls a minute per watched project. Zero: off (only the page's list refresh
    /// every 5 s finds them).
    /// </summary>
    public TimeSpan DiscoveryInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Updates buffered per subscriber; when a slow subscriber falls behind, its oldest updates are dropped.</summary>
    public int SubscriberBufferSize { get; set; } = 256;

    /// <summary>First wait before polling again after Compute could not be reached; doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long finished operations stay in memory for snapshots.</summary>
    public TimeSpan FinishedRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the hub reuses Compute's answer to "may this person see this project" (<see cref="ComputeProjectAccessPolicy"/>).</summary>
    public TimeSpan ProjectAccessCacheWindow { get; set; } = TimeSpan.FromSeconds(30);
}
