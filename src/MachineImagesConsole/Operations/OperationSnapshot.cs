namespace MachineImagesConsole.Operations;

/// <summary>
/// The tracker's view of one Compute <c>Operation</c> as Compute last reported it (independent of the
/// client's model so the tracker can be tested without HTTP).
/// </summary>
public sealed record OperationSnapshot
{
    public required string Name { get; init; }

    /// <summary><c>global</c>, <c>zones/{zone}</c> or <c>regions/{region}</c>.</summary>
    public required string Scope { get; init; }

    public string Status { get; init; } = "PENDING";

    public int Progress { get; init; }

    public string? OperationType { get; init; }

    public string? TargetLink { get; init; }

    public string? User { get; init; }

    public string? ClientOperationId { get; init; }

    public DateTimeOffset? InsertTime { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Error codes (<c>error.errors[].code</c>) when the operation failed.</summary>
    public IReadOnlyList<string> ErrorReasons { get; init; } = [];

    public string? ErrorMessage { get; init; }

    /// <summary>The Operation JSON as Compute sent it.</summary>
    public string? RawJson { get; init; }

    public bool IsDone => string.Equals(Status, "DONE", StringComparison.OrdinalIgnoreCase);
}
