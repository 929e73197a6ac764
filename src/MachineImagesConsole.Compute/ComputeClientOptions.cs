namespace MachineImagesConsole.Compute;

/// <summary>Where the client sends requests and how it retries. The same options serve Google and LocalCloud.</summary>
public sealed class ComputeClientOptions
{
    /// <summary>Google's Compute Engine v1 base URL.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://compute.googleapis.com/compute/v1/");

    /// <summary>Google's Cloud Resource Manager base URL (the client appends <c>v3/projects:search</c>).</summary>
    public static readonly Uri DefaultResourceManagerBaseUrl = new("https://cloudresourcemanager.googleapis.com/");

    /// <summary>Compute Engine v1 base URL; method paths are relative to it. For LocalCloud: its origin + <c>/compute/v1/</c>.</summary>
    public Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Cloud Resource Manager base URL (origin). For LocalCloud: its origin.</summary>
    public Uri ResourceManagerBaseUrl { get; set; } = DefaultResourceManagerBaseUrl;

    /// <summary>Attempts per retryable request, the first included (1 disables retries).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Upper bound of the first backoff; each further attempt doubles it (full jitter).</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Cap on any single backoff (also caps a server's Retry-After).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Time limit of one attempt, after which it is abandoned and (when retryable) retried. Must exceed
    /// the ~2 minutes <c>operations.wait</c> may block. <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The shortest pause between two <c>wait</c> calls when the server returns early.</summary>
    public TimeSpan OperationPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks the values; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri) throw new ArgumentException("BaseUrl must be an absolute URL.", nameof(BaseUrl));
        if (ResourceManagerBaseUrl is null || !ResourceManagerBaseUrl.IsAbsoluteUri) throw new ArgumentException("ResourceManagerBaseUrl must be an absolute URL.", nameof(ResourceManagerBaseUrl));
        if (MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "MaxAttempts must be at least 1.");
        if (InitialBackoff < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(InitialBackoff), InitialBackoff, "InitialBackoff must not be negative.");
        if (MaxBackoff < InitialBackoff) throw new ArgumentOutOfRangeException(nameof(MaxBackoff), MaxBackoff, "MaxBackoff must be at least InitialBackoff.");
        if (AttemptTimeout <= TimeSpan.Zero && AttemptTimeout != Timeout.InfiniteTimeSpan) throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "AttemptTimeout must be positive or infinite.");
        if (OperationPollInterval < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(OperationPollInterval), OperationPollInterval, "OperationPollInterval must not be negative.");
    }
}
