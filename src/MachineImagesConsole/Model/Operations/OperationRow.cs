namespace MachineImagesConsole.Model.Operations;

/// <summary>One operation as the Operations page lists it: Compute's listing merged with the tracker's live state.</summary>
public sealed record OperationRow
{
    public required string Project { get; init; }

    public required string Name { get; init; }

    /// <summary><c>global</c>, <c>zones/{zone}</c> or <c>regions/{region}</c>.</summary>
    public required string Scope { get; init; }

    public string Type { get; init; } = string.Empty;

    public string? TargetLink { get; init; }

    public OperationTarget? Target { get; init; }

    /// <summary><c>PENDING</c>, <c>RUNNING</c> or <c>DONE</c>.</summary>
    public string Status { get; init; } = "PENDING";

    /// <summary>0–100.</summary>
    public int Progress { get; init; }

    /// <summary>Who started it (the console user for operations the console started, else Compute's <c>user</c>).</summary>
    public string? User { get; init; }

    public DateTimeOffset? Started { get; init; }

    public DateTimeOffset? Ended { get; init; }

    public TimeSpan? Elapsed { get; init; }

    public IReadOnlyList<string> ErrorReasons { get; init; } = [];

    public string? ErrorMessage { get; init; }

    /// <summary>True when the console's tracker follows it (its progress updates live).</summary>
    public bool Tracked { get; init; }

    public bool Done => string.Equals(Status, "DONE", StringComparison.Ordinal);

    /// <summary>DONE with errors.</summary>
    public bool Failed => Done && ErrorReasons.Count > 0;

    public bool InFlight => !Done;

    /// <summary>The status as filters and the screen use it: <c>PENDING</c>, <c>RUNNING</c>, <c>DONE</c> or <c>FAILED</c>.</summary>
    public string Outcome => Failed ? "FAILED" : Status;

    /// <summary>The location part of the scope (<c>global</c>, a zone or a region).</summary>
    public string Location => Scope.Contains('/', StringComparison.Ordinal) ? Scope[(Scope.IndexOf('/', StringComparison.Ordinal) + 1)..] : Scope;

    /// <summary>What the row is, by kind and target: <c>Create machine image nightly</c>, <c>Delete image web-v1</c>.</summary>
    public string Title => OperationFormat.Title(Type, Target, TargetLink);

    /// <summary>The row's key: operation names are unique per scope.</summary>
    public string Key => Scope + "/" + Name;
}
