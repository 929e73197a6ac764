namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// One step of a flow that the progress control shows (a drill's accepted → RUNNING → boot marker → clean-up, a
/// restore's create → RUNNING), with when it started and ended; an active step's time runs live.
/// </summary>
/// <param name="Id">Stable id (used in <c>data-testid</c>).</param>
/// <param name="Label">What the step is, in plain words.</param>
/// <param name="State">Where it stands.</param>
/// <param name="StartedAt">When it started (null while waiting).</param>
/// <param name="EndedAt">When it ended (null while waiting or active).</param>
/// <param name="Detail">A short note (the result, or why it failed).</param>
public sealed record ProgressStep(
    string Id,
    string Label,
    ProgressStepState State,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? EndedAt = null,
    string? Detail = null)
{
    /// <summary>How long the step took, or has taken so far at <paramref name="now"/>; null before it started.</summary>
    public TimeSpan? Duration(DateTimeOffset now)
    {
        if (StartedAt is not { } start) return null;
        var end = EndedAt ?? (State == ProgressStepState.Active ? now : (DateTimeOffset?)null);
        return end is { } e ? (e > start ? e - start : TimeSpan.Zero) : null;
    }

    /// <summary>The state as a word (for screen readers and tests): <c>waiting</c>, <c>active</c>, <c>done</c>...</summary>
    public string StateText => State.ToString().ToLowerInvariant();
}
