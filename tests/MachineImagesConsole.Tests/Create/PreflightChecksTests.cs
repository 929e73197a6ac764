using MachineImagesConsole.Model.Create;

namespace MachineImagesConsole.Tests.Create;

public sealed class PreflightChecksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private const string Url = "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/db-primary";

    private static SourceInstanceInfo Vm(int disks = 2, long gbEach = 100)
        => new("acme-prod", "us-central1-a", "db-primary", "RUNNING", [.. Enumerable.Range(0, disks).Select(i => new SourceDiskInfo("d" + i, gbEach, i == 0))]);

    private static PreflightCheck Check(MachineImagePreflightInput input, string id) => PreflightChecks.ForMachineImage(input).Single(c => c.Id == id);

    [Fact]
    public void ForMachineImage_WithinAllLimits_AllPass()
    {
        var checks = PreflightChecks.ForMachineImage(new MachineImagePreflightInput(Vm(), [(Url, Now.AddDays(-7))], 3, Now));

        Assert.Equal(5, checks.Count);
        Assert.All(checks, c => Assert.True(c.Passed, c.Message));
    }

    [Fact]
    public void ForMachineImage_129Disks_FailsDiskCheck()
        => Assert.False(Check(new MachineImagePreflightInput(Vm(disks: 129, gbEach: 10), [], 0, Now), PreflightChecks.Disks).Passed);

    [Fact]
    public void ForMachineImage_128Disks_PassesDiskCheck()
        => Assert.True(Check(new MachineImagePreflightInput(Vm(disks: 128, gbEach: 10), [], 0, Now), PreflightChecks.Disks).Passed);

    [Fact]
    public void ForMachineImage_Over10Tb_FailsSizeCheckWithPlainMessage()
    {
        var check = Check(new MachineImagePreflightInput(Vm(disks: 2, gbEach: 5121), [], 0, Now), PreflightChecks.TotalSize);

        Assert.False(check.Passed);
        Assert.Contains("10 TB", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForMachineImage_Exactly10Tb_PassesSizeCheck()
        => Assert.True(Check(new MachineImagePreflightInput(Vm(disks: 2, gbEach: 5120), [], 0, Now), PreflightChecks.TotalSize).Passed);

    [Fact]
    public void ForMachineImage_1000MachineImages_FailsProjectCount()
    {
        var existing = Enumerable.Range(0, 1000).Select(_ => ((string?)null, (DateTimeOffset?)Now.AddDays(-30))).ToList();

        Assert.False(Check(new MachineImagePreflightInput(Vm(), existing, 0, Now), PreflightChecks.ProjectCount).Passed);
        Assert.True(Check(new MachineImagePreflightInput(Vm(), existing.Skip(1).ToList(), 0, Now), PreflightChecks.ProjectCount).Passed);
    }

    [Fact]
    public void ForMachineImage_20RunningInRegion_FailsConcurrentCheck()
    {
        Assert.False(Check(new MachineImagePreflightInput(Vm(), [], 20, Now), PreflightChecks.Concurrent).Passed);
        Assert.True(Check(new MachineImagePreflightInput(Vm(), [], 19, Now), PreflightChecks.Concurrent).Passed);
    }

    [Fact]
    public void InstanceRateCheck_OneFiveMinutesAgo_StillPassesWithinBurst()
        => Assert.True(PreflightChecks.InstanceRateCheck(new MachineImagePreflightInput(Vm(), [(Url, Now.AddMinutes(-5))], 0, Now)).Passed);

    [Fact]
    public void InstanceRateCheck_SixInLastSixMinutes_FailsAndSaysWhenToRetry()
    {
        var recent = Enumerable.Range(0, 6).Select(i => ((string?)Url, (DateTimeOffset?)Now.AddMinutes(-6 + i))).ToList();

        var check = PreflightChecks.InstanceRateCheck(new MachineImagePreflightInput(Vm(), recent, 0, Now));

        Assert.False(check.Passed);
        Assert.Contains("one per 10 minutes", check.Message, StringComparison.Ordinal);
        Assert.Contains("Try again in about", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InstanceRateCheck_SixFromAnotherInstance_Passes()
    {
        var other = Url.Replace("db-primary", "web-1", StringComparison.Ordinal);
        var recent = Enumerable.Range(0, 6).Select(i => ((string?)other, (DateTimeOffset?)Now.AddMinutes(-30 + i))).ToList();

        Assert.True(PreflightChecks.InstanceRateCheck(new MachineImagePreflightInput(Vm(), recent, 0, Now)).Passed);
    }

    [Fact]
    public void InstanceRateCheck_SixSpreadOverAnHour_PassesAsBucketRefills()
    {
        var recent = Enumerable.Range(0, 6).Select(i => ((string?)Url, (DateTimeOffset?)Now.AddMinutes(-59 + (i * 10)))).ToList();

        Assert.True(PreflightChecks.InstanceRateCheck(new MachineImagePreflightInput(Vm(), recent, 0, Now)).Passed);
    }
}
