namespace MachineImagesConsole.Compute;

/// <summary>The standard list parameters of Compute Engine list calls.</summary>
public sealed record ListOptions
{
    private readonly int? maxResults;

    /// <summary>A filter expression, e.g. <c>labels.env = prod</c> or <c>name eq ^web-.*</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>Sort order: <c>name</c> (the default) or <c>creationTimestamp desc</c>.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Page size, 1–500 (the server defaults to 500).</summary>
    public int? MaxResults
    {
        get => maxResults;
        init
        {
            if (value is < 1 or > 500)
                throw new ArgumentOutOfRangeException(nameof(MaxResults), value, "MaxResults must be between 1 and 500.");
            maxResults = value;
        }
    }

    /// <summary>The page to start at (a previous <c>nextPageToken</c>).</summary>
    public string? PageToken { get; init; }

    /// <summary>Return what is reachable instead of failing when a scope is unreachable.</summary>
    public bool? ReturnPartialSuccess { get; init; }
}
