using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Backups;
using MachineImagesConsole.Tests.Hub;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Backups;

/// <summary>
/// A policy declared in configuration, against the real console and LocalCloud with no browser: each tick makes one
/// machine image per VM labelled with the policy, a replayed tick makes none, and a tick missed while the console was
/// stopped runs exactly once at the next start (the real Quartz scheduler on the console database).
/// </summary>
public sealed class BackupSchedulingTests
{
    private static readonly string[] DemoVms = ["us-central1-a/web-1", "us-central1-b/web-2"];

    [Fact]
    public async Task DeclaredPolicy_EveryTwoMinutes_EachTickMakesOneImagePerVmAndAReplayMakesNone()
    {
        await using var console = await RunningConsole.StartAsync(settings: BackupConsole.Policy("every-two", "*/2 * * * *", DemoVms));
        var policy = await BackupConsole.PolicyAsync(console, "every-two");
        Assert.True(policy.Declared);
        using (var scope = console.Services.CreateScope())
        {
            // The pages' services resolve in a circuit's scope.
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<BackupPolicyService>());
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<BackupCoverageService>());
        }
        Assert.NotNull(await console.Services.GetRequiredService<BackupScheduler>().NextRunAsync(policy.Id, CancellationToken.None));

        // Two ticks of the schedule, fired as the scheduler's job fires them (keyed by the scheduled fire time).
        var tick1 = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var tick2 = tick1.AddMinutes(2);
        Assert.Equal((tick1, BackupRunTrigger.Schedule), BackupPolicyJob.Key(policy, tick1, tick1.AddSeconds(1), TimeSpan.FromSeconds(2)));
        var runner = BackupConsole.Runner(console);
        var first = await runner.RunAsync(policy.Id, tick1, BackupRunTrigger.Schedule, "test", CancellationToken.None);
        var second = await runner.RunAsync(policy.Id, tick2, BackupRunTrigger.Schedule, "test", CancellationToken.None);

        foreach (var run in new[] { first!, second! })
        {
            Assert.Equal(BackupRunStatus.Succeeded, run.Status);
            Assert.Equal(2, run.Items.Count);
            Assert.All(run.Items, i => Assert.Equal(BackupItemStatus.Succeeded, i.Status));
        }
        // The real scheduler runs too and fires at every even minute of the clock: its runs (other fire times) are not
        // these ticks', so only the images and runs of tick1 and tick2 are counted.
        string[] tickStamps = ["-20261201-100000", "-20261201-100200"];
        async Task<List<MachineImage>> ImagesOfTheTicksAsync()
            => [.. (await BackupConsole.ImagesOfAsync(console, "every-two")).Where(i => tickStamps.Any(t => i.Name!.EndsWith(t, StringComparison.Ordinal)))];
        var images = await ImagesOfTheTicksAsync();
        Assert.Equal(4, images.Count);
        Assert.Equal(2, images.Count(i => i.Labels![BackupPolicyRules.SourceLabel] == "web-1"));
        Assert.Equal(2, images.Count(i => i.Labels![BackupPolicyRules.SourceLabel] == "web-2"));
        Assert.Contains(images, i => i.Name == "web-1-backup-20261201-100000");
        Assert.Contains(images, i => i.Name == "web-2-backup-20261201-100200");
        Assert.All(images, i => Assert.Equal("READY", i.Status));

        // The same tick fired again (a re-fired or replayed trigger): the recorded run, no new image.
        var replay = await runner.RunAsync(policy.Id, tick1, BackupRunTrigger.Schedule, "test", CancellationToken.None);
        Assert.Equal(first!.Id, replay!.Id);
        Assert.Equal(4, (await ImagesOfTheTicksAsync()).Count);

        // The run history shows them, with the deterministic requestIds.
        var history = (await BackupConsole.RunsAsync(console, policy.Id)).Where(r => r.ScheduledFor == tick1 || r.ScheduledFor == tick2).ToList();
        Assert.Equal(2, history.Count);
        Assert.All(history.SelectMany(r => r.Items), i => Assert.Equal(BackupRequestIds.For(policy.Id, i.Instance, i.ScheduledFor), i.RequestId));
    }

    [Fact]
    public async Task RealScheduler_StoppedAcrossATick_ExactlyOneCatchUpRunAndNoDuplicateImage()
    {
        var settings = BackupConsole.Policy("every-minute", "* * * * *", DemoVms);
        await using var console = await RunningConsole.StartAsync(settings: settings);
        var policy = await BackupConsole.PolicyAsync(console, "every-minute");

        // The scheduler fires by itself at the next minute: one image per VM.
        var runs = await BackupConsole.WaitForRunsAsync(console, policy.Id, r => r.Count >= 1, "the first scheduled tick");
        var scheduled = runs[0];
        Assert.Equal(BackupRunTrigger.Schedule, scheduled.Trigger);
        Assert.Equal(0, scheduled.ScheduledFor.Second);
        Assert.Equal(BackupRunStatus.Succeeded, scheduled.Status);

        // Stop, and stay down across the next tick (plus the misfire threshold).
        await console.StopAsync();
        var stoppedAt = DateTimeOffset.UtcNow;
        var missed = BackupSchedule.Next(policy.Schedule, policy.TimeZone, stoppedAt, 1)[0];
        while (DateTimeOffset.UtcNow < missed.AddSeconds(4)) await Task.Delay(200);

        await console.StartAgainAsync(settings);
        runs = await BackupConsole.WaitForRunsAsync(console, policy.Id, r => r.Any(x => x.Trigger == BackupRunTrigger.CatchUp), "the catch-up run");
        var catchUps = runs.Where(r => r.Trigger == BackupRunTrigger.CatchUp).ToList();
        var catchUp = Assert.Single(catchUps);
        Assert.Equal(missed, catchUp.ScheduledFor);
        Assert.DoesNotContain(runs, r => r.ScheduledFor == missed && r.Trigger != BackupRunTrigger.CatchUp);
        Assert.Equal(BackupRunStatus.Succeeded, catchUp.Status);

        // Replaying the catch-up's tick makes nothing more; every image belongs to exactly one recorded item.
        await BackupConsole.Runner(console).RunAsync(policy.Id, catchUp.ScheduledFor, BackupRunTrigger.CatchUp, "test", CancellationToken.None);
        runs = await BackupConsole.RunsAsync(console, policy.Id);
        Assert.Single(runs, r => r.Trigger == BackupRunTrigger.CatchUp);
        var images = await BackupConsole.ImagesOfAsync(console, "every-minute");
        var made = runs.SelectMany(r => r.Items).Where(i => i.Status == BackupItemStatus.Succeeded).Select(i => i.ImageName).ToList();
        Assert.Equal(made.Count, made.Distinct().Count());
        Assert.Equal(made.Order(), images.Select(i => i.Name!).Order());
    }
}
