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

    /// <summary>Every problem with these options, each naming its key; empty when they are valid.</summary>
    public IReadOnlyList<string> GetProblems()
    {
        var problems = new List<string>();
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri) problems.Add($"{nameof(BaseUrl)} must be an absolute URL.");
        if (ResourceManagerBaseUrl is null || !ResourceManagerBaseUrl.IsAbsoluteUri) problems.Add($"{nameof(ResourceManagerBaseUrl)} must be an absolute URL.");
        if (MaxAttempts < 1) problems.Add($"{nameof(MaxAttempts)} must be at least 1 (it is {MaxAttempts}).");
        if (InitialBackoff < TimeSpan.Zero) problems.Add($"{nameof(InitialBackoff)} must not be negative.");
        if (MaxBackoff < InitialBackoff) problems.Add($"{nameof(MaxBackoff)} must be at least {nameof(InitialBackoff)}.");
        if ((AttemptTimeout < TimeSpan.FromMilliseconds(10) || AttemptTimeout > TimeSpan.FromDays(1)) && AttemptTimeout != Timeout.InfiniteTimeSpan)
            problems.Add($"{nameof(AttemptTimeout)} must be between 10 ms and 24 h, or infinite.");
        if (OperationPollInterval < TimeSpan.Zero) problems.Add($"{nameof(OperationPollInterval)} must not be negative.");
        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem (see <see cref="GetProblems"/>).</summary>
    public void Validate()
    {
        var problems = GetProblems();
        if (problems.Count > 0) throw new ArgumentException("Invalid ComputeClientOptions: " + string.Join(" ", problems));
    }
}
