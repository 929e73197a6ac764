using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Operations;

namespace MachineImagesConsole.Model.Drills;

/// <summary>
/// A drill's phases as the progress control shows them, each with its time: Compute accepted the restore → the VM is
/// RUNNING → the boot marker is on the serial console → clean-up. A failed drill marks the phase it failed in.
/// </summary>
public static class DrillSteps
{
    public const string Accepted = "accepted";
    public const string Running = "running";
    public const string BootMarker = "boot-marker";
    public const string CleanUp = "cleanup";

    public static IReadOnlyList<ProgressStep> For(DrillRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var failed = run.Status == DrillRunStatus.Failed;
        var phase = run.Phase;
        // The phase a failed drill stopped in: the first one whose time was never recorded.
        var failedAt = !failed ? -1 : run.AcceptedAt is null ? 0 : run.RunningAt is null ? 1 : run.VerifiedAt is null ? 2 : -1;
        var cleanupStart = run.VerifiedAt ?? Latest(run.StartedAt, run.AcceptedAt, run.RunningAt);

        ProgressStep Step(int index, string id, string label, DrillPhase active, DateTimeOffset? start, DateTimeOffset? end)
        {
            ProgressStepState state;
            string? detail = null;
            if (index == failedAt)
            {
                state = ProgressStepState.Failed;
                detail = run.FailureReason;
                end = null;
            }
            else if (failedAt >= 0 && index > failedAt) state = ProgressStepState.Skipped;
            else if (end is not null) state = ProgressStepState.Done;
            else if (phase == active) state = ProgressStepState.Active;
            else state = ProgressStepState.Waiting;
            return new ProgressStep(id, label, state, state == ProgressStepState.Waiting || state == ProgressStepState.Skipped ? null : start, end, detail);
        }

        var cleanupState = phase switch
        {
            DrillPhase.Done => ProgressStepState.Done,
            DrillPhase.CleaningUp => ProgressStepState.Active,
            _ => ProgressStepState.Waiting,
        };
        var cleanupFailed = run.CleanupResult?.StartsWith("DeleteFailed", StringComparison.Ordinal) == true;
        return
        [
            Step(0, Accepted, "Compute accepted the restore", DrillPhase.Restoring, run.StartedAt, run.AcceptedAt),
            Step(1, Running, $"{(run.VmName.Length > 0 ? run.VmName : "The drill VM")} is RUNNING", DrillPhase.WaitingForRunning, run.AcceptedAt, run.RunningAt),
            Step(2, BootMarker, $"Boot marker '{run.BootMarker}' on the serial console", DrillPhase.Verifying, run.RunningAt, run.VerifiedAt),
            new ProgressStep(CleanUp, "Clean-up", cleanupFailed ? ProgressStepState.Failed : cleanupState,
                cleanupState == ProgressStepState.Waiting ? null : cleanupStart,
                cleanupState == ProgressStepState.Done ? run.FinishedAt : null,
                run.CleanupResult),
        ];
    }

    /// <summary>A drill's phase or result in words (never <c>WAITINGFORRUNNING</c>).</summary>
    public static string PhaseText(DrillRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Phase switch
        {
            DrillPhase.Done => run.Status.ToString().ToUpperInvariant(),
            DrillPhase.Queued => "Queued",
            DrillPhase.Restoring => "Restoring",
            DrillPhase.WaitingForRunning => "Waiting for RUNNING",
            DrillPhase.Verifying => "Checking the boot marker",
            DrillPhase.CleaningUp => "Cleaning up",
            _ => run.Phase.ToString(),
        };
    }

    private static DateTimeOffset? Latest(params DateTimeOffset?[] times) => times.Where(t => t is not null).Max();
}
