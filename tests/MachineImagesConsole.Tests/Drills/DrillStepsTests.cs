using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Drills;
using MachineImagesConsole.Model.Operations;

namespace MachineImagesConsole.Tests.Drills;

public sealed class DrillStepsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static DrillRun Run(DrillPhase phase, DrillRunStatus status = DrillRunStatus.Running) => new()
    {
        Id = 3,
        VmName = "drill-3",
        BootMarker = "READY",
        Phase = phase,
        Status = status,
        RequestedAt = T0,
        StartedAt = T0,
    };

    [Fact]
    public void For_WaitingForRunning_AcceptedDoneWithItsTimeRunningActiveRestWaiting()
    {
        var run = Run(DrillPhase.WaitingForRunning);
        run.AcceptedAt = T0.AddSeconds(4);

        var steps = DrillSteps.For(run);

        Assert.Equal([DrillSteps.Accepted, DrillSteps.Running, DrillSteps.BootMarker, DrillSteps.CleanUp], steps.Select(s => s.Id));
        Assert.Equal([ProgressStepState.Done, ProgressStepState.Active, ProgressStepState.Waiting, ProgressStepState.Waiting], steps.Select(s => s.State));
        Assert.Equal(TimeSpan.FromSeconds(4), steps[0].Duration(T0.AddMinutes(5)));
        Assert.Equal(TimeSpan.FromSeconds(26), steps[1].Duration(T0.AddSeconds(30))); // live: since accepted
        Assert.Null(steps[2].Duration(T0.AddSeconds(30)));
        Assert.Equal("drill-3 is RUNNING", steps[1].Label);
        Assert.Equal("Waiting for RUNNING", DrillSteps.PhaseText(run));
    }

    [Fact]
    public void For_Passed_EveryPhaseDoneWithItsOwnTime()
    {
        var run = Run(DrillPhase.Done, DrillRunStatus.Passed);
        run.AcceptedAt = T0.AddSeconds(2);
        run.RunningAt = T0.AddSeconds(12);
        run.VerifiedAt = T0.AddSeconds(20);
        run.FinishedAt = T0.AddSeconds(27);
        run.CleanupResult = "Deleted";

        var steps = DrillSteps.For(run);

        Assert.All(steps, s => Assert.Equal(ProgressStepState.Done, s.State));
        Assert.Equal([2, 10, 8, 7], steps.Select(s => (int)s.Duration(T0.AddHours(1))!.Value.TotalSeconds));
        Assert.Equal("Deleted", steps[3].Detail);
        Assert.Equal("PASSED", DrillSteps.PhaseText(run));
    }

    [Fact]
    public void For_FailedWaitingForBootMarker_MarksThatPhaseWithTheReason()
    {
        var run = Run(DrillPhase.CleaningUp, DrillRunStatus.Failed);
        run.AcceptedAt = T0.AddSeconds(2);
        run.RunningAt = T0.AddSeconds(12);
        run.FailureReason = "The serial console did not show the boot marker 'READY' within 00:05:00.";

        var steps = DrillSteps.For(run);

        Assert.Equal([ProgressStepState.Done, ProgressStepState.Done, ProgressStepState.Failed, ProgressStepState.Active], steps.Select(s => s.State));
        Assert.Equal(run.FailureReason, steps[2].Detail);
        Assert.Equal("Cleaning up", DrillSteps.PhaseText(run));
    }

    [Fact]
    public void For_RefusedBeforeAccepted_LaterPhasesSkipped()
    {
        var run = Run(DrillPhase.Done, DrillRunStatus.Failed);
        run.FailureReason = "Compute refused the restore.";
        run.CleanupResult = "NotCreated: no drill VM exists.";
        run.FinishedAt = T0.AddSeconds(3);

        var steps = DrillSteps.For(run);

        Assert.Equal([ProgressStepState.Failed, ProgressStepState.Skipped, ProgressStepState.Skipped, ProgressStepState.Done], steps.Select(s => s.State));
    }

    [Fact]
    public void PhaseText_NeverTheRawEnumName()
    {
        foreach (var phase in Enum.GetValues<DrillPhase>())
            Assert.DoesNotContain("WAITINGFORRUNNING", DrillSteps.PhaseText(Run(phase)), StringComparison.Ordinal);
    }
}
