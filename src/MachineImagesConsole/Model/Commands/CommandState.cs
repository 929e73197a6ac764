namespace MachineImagesConsole.Model.Commands;

/// <summary>
/// The state of one command on a page (one per button or form): busy while it runs, the last mutation result, the
/// problem to show, and the retry that resends the same request. Pages read it; only the <see cref="CommandExecutor"/> changes it.
/// </summary>
public sealed class CommandState
{
    /// <summary>True while the command runs (its buttons are disabled).</summary>
    public bool Busy { get; internal set; }

    /// <summary>What went wrong the last time, in plain words (null when it went well or did not run).</summary>
    public CommandProblem? Problem { get; internal set; }

    /// <summary>What the pipeline answered the last time (null when it was refused before Compute was called).</summary>
    public MutationResult? Result { get; internal set; }

    /// <summary>The project of the operation Compute returned.</summary>
    public string? Project { get; internal set; }

    /// <summary>The operation Compute returned the last time, to follow with the progress control.</summary>
    public string? OperationName => Result is { Outcome: MutationOutcome.Submitted } r ? r.OperationName : null;

    /// <summary>True when the last run was accepted by Compute (an operation or a synchronous change).</summary>
    public bool Succeeded => Result is { Succeeded: true } && Problem is null;

    /// <summary>True when "Try again" is offered.</summary>
    public bool CanRetry => Problem is { CanRetry: true } && Retry is not null;

    internal Func<Task>? Retry { get; set; }

    /// <summary>Forgets the last run (after the person edits the request: the next run is a new request).</summary>
    public void Reset()
    {
        if (Busy) return;
        Problem = null;
        Result = null;
        Project = null;
        Retry = null;
    }
}
