using MachineImagesConsole.Model.Operations;
using MachineImagesConsole.Model.Restore;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Tests.Restore;

public sealed class RestoreProgressTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static OperationProgress Done(params string[] errors) => new("acme-prod", "op-1", "zones/us-central1-a", "insert", null, "DONE", 100,
        TimeSpan.FromSeconds(5), errors, errors.Length > 0 ? "Quota 'CPUS' exceeded." : null, "ada@example.com", true);

    [Fact]
    public void Steps_AcceptedThenCreatedThenRunning_EachDoneInTurnWithTimes()
    {
        var progress = new RestoreProgress("web-1", "us-central1-a", T0);
        Assert.Equal([ProgressStepState.Done, ProgressStepState.Active, ProgressStepState.Waiting], progress.Steps.Select(s => s.State));

        progress.Created(Done(), T0.AddSeconds(6));
        Assert.Equal([ProgressStepState.Done, ProgressStepState.Done, ProgressStepState.Active], progress.Steps.Select(s => s.State));
        Assert.Equal("Waiting for the VM to reach RUNNING…", progress.Status);

        progress.Ran(true, "RUNNING", T0.AddSeconds(15));
        Assert.All(progress.Steps, s => Assert.Equal(ProgressStepState.Done, s.State));
        Assert.Equal(TimeSpan.FromSeconds(9), progress.Steps[2].Duration(T0.AddHours(1)));
        Assert.Equal("web-1 is RUNNING in us-central1-a.", progress.Status);
        Assert.True(progress.Finished);
        Assert.False(progress.Failed);
    }

    [Fact]
    public void Created_OperationFailed_StatusInPlainWordsAndRunningSkipped()
    {
        var progress = new RestoreProgress("web-1", "us-central1-a", T0);

        progress.Created(Done("QUOTA_EXCEEDED"), T0.AddSeconds(6));

        Assert.Equal([ProgressStepState.Done, ProgressStepState.Failed, ProgressStepState.Skipped], progress.Steps.Select(s => s.State));
        Assert.StartsWith("The restore failed: Quota 'CPUS' exceeded. A quota is used up", progress.Status, StringComparison.Ordinal);
        Assert.True(progress.Failed);
    }

    [Fact]
    public void Ran_NotRunning_TheLastStepFailsWithTheStatus()
    {
        var progress = new RestoreProgress("web-1", "us-central1-a", T0);
        progress.Created(Done(), T0.AddSeconds(6));

        progress.Ran(false, "TERMINATED", T0.AddSeconds(30));

        Assert.Equal(ProgressStepState.Failed, progress.Steps[2].State);
        Assert.Equal("web-1 did not reach RUNNING (status TERMINATED).", progress.Status);
    }
}
