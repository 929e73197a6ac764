namespace MachineImagesConsole.Operations;

/// <summary>
/// What a page or a hub client learns about one Compute operation: sent first as a snapshot, then on
/// every (throttled) change, and always once more when the operation is DONE.
/// </summary>
/// <param name="Project">The project the operation runs in.</param>
/// <param name="OperationName">Compute's operation name.</param>
/// <param name="Scope"><c>global</c>, <c>zones/{zone}</c> or <c>regions/{region}</c>.</param>
/// <param name="OperationType">e.g. <c>insert</c>, <c>delete</c>, <c>setLabels</c>.</param>
/// <param name="TargetLink">URL of the resource the operation changes.</param>
/// <param name="Status"><c>PENDING</c>, <c>RUNNING</c> or <c>DONE</c>.</param>
/// <param name="ProgressPercent">0–100 as Compute reports it.</param>
/// <param name="Elapsed">Time since the operation started (until it ended, once DONE).</param>
/// <param name="ErrorReasons">Error codes of a failed operation, or why the console stopped polling it.</param>
/// <param name="ErrorMessage">The first error message, when there is one.</param>
/// <param name="User">E-mail of the person who started it.</param>
/// <param name="Done">True once Compute reports DONE.</param>
public sealed record OperationProgress(
    string Project,
    string OperationName,
    string Scope,
    string? OperationType,
    string? TargetLink,
    string Status,
    int ProgressPercent,
    TimeSpan Elapsed,
    IReadOnlyList<string> ErrorReasons,
    string? ErrorMessage,
    string User,
    bool Done)
{
    /// <summary>True when the operation finished with an error.</summary>
    public bool Failed => Done && ErrorReasons.Count > 0;

    /// <summary>
    /// True when the console stopped following the operation before it was DONE (Compute refused to show it any more, e.g.
    /// 403/404): <see cref="ErrorReasons"/> and <see cref="ErrorMessage"/> say why. The operation may still finish in Compute.
    /// </summary>
    public bool Unfollowed { get; init; }
}
