using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Backups;
using MachineImagesConsole.Tests.Hub;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Backups;

/// <summary>
/// "Run now", of a whole policy or of one VM it covers, against the real console, LocalCloud and the Quartz store: it is
/// queued in the persistent store (not run on a thread of the request), so a console stopped mid-run finishes it at the
/// next start with the same requestIds, and a one-VM run backs up that VM only, like a scheduled run (labels, names).
/// </summary>
public sealed class BackupRunNowTests
{
    private static readonly string[] DemoVms = ["us-central1-a/web-1", "us-central1-b/web-2"];

    // A schedule that does not fire while the tests run (1 January, 00:00 UTC).
    private const string NeverDuringTests = "0 0 1 1 *";

    [Fact]
    public async Task RunNowOfOneVm_StoppedMidRun_FinishesAtTheNextStartWithOneImageOfThatVmOnly()
    {
        var settings = BackupConsole.Policy("on-demand", NeverDuringTests, DemoVms);
        // Slow creations (a minute per 100 GB): the console is stopped while the machine image is being made.
        await using var console = await RunningConsole.StartAsync(secondsPerHundredGb: 60, settings: settings);
        var policy = await BackupConsole.PolicyAsync(console, "on-demand");
        var asked = DateTimeOffset.UtcNow;

        await console.Services.GetRequiredService<BackupScheduler>().QueueRunNowAsync(policy, asked, "operator@example.com", "us-central1-b/web-2", CancellationToken.None);
        var submitted = await BackupConsole.WaitForItemAsync(console, policy.Id, i => i.Status == BackupItemStatus.Creating && i.OperationName is not null, "the backup of web-2 submitted");

        await console.StopAsync();
        await console.StartAgainAsync(settings);

        var runs = await BackupConsole.WaitForRunsAsync(console, policy.Id, r => r.Count >= 1, "the Run now finished after the restart");
        var run = Assert.Single(runs);
        Assert.Equal(BackupRunTrigger.RunNow, run.Trigger);
        Assert.Equal("operator@example.com", run.RequestedBy);
        Assert.Equal("us-central1-b/web-2", run.Instance);
        Assert.True(run.Status == BackupRunStatus.Succeeded, $"{run.Status}: {run.Notes} {string.Join("; ", run.Items.Select(i => $"{i.Instance} {i.Status} {i.Reason}"))}");
        var item = Assert.Single(run.Items);
        Assert.Equal(submitted.RequestId, item.RequestId);
        Assert.Equal(BackupItemStatus.Succeeded, item.Status);

        // One image, of web-2, labelled and named like a scheduled backup (so retention prunes it like the others).
        var image = Assert.Single(await BackupConsole.ImagesOfAsync(console, "on-demand"));
        Assert.Equal(item.ImageName, image.Name);
        Assert.EndsWith("/zones/us-central1-b/instances/web-2", image.SourceInstance, StringComparison.Ordinal);
        Assert.Equal("web-2", image.Labels![BackupPolicyRules.SourceLabel]);
    }

    [Fact]
    public async Task RunCancelledMidway_NoTriggerLeftForIt_IsQueuedAgainAtTheNextStartAndSettlesByItsRequestId()
    {
        // The state a stop leaves when the job sees its cancellation: the run Running, its item submitted, and no firing
        // of the scheduler left to recover it.
        var settings = BackupConsole.Policy("cancelled", NeverDuringTests, DemoVms);
        await using var console = await RunningConsole.StartAsync(secondsPerHundredGb: 60, settings: settings);
        var policy = await BackupConsole.PolicyAsync(console, "cancelled");
        using var stop = new CancellationTokenSource();
        var running = BackupConsole.Runner(console).RunAsync(policy.Id, DateTimeOffset.UtcNow, BackupRunTrigger.RunNow, "operator@example.com", stop.Token, "us-central1-a/web-1");
        var submitted = await BackupConsole.WaitForItemAsync(console, policy.Id, i => i.Status == BackupItemStatus.Creating && i.OperationName is not null, "the backup of web-1 submitted");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(BackupRunStatus.Running, Assert.Single(await BackupConsole.RunsAsync(console, policy.Id)).Status);

        await console.StopAsync();
        await console.StartAgainAsync(settings);

        var run = Assert.Single(await BackupConsole.WaitForRunsAsync(console, policy.Id, r => r.Count >= 1, "the unfinished run resumed after the restart"));
        Assert.Equal(BackupRunStatus.Succeeded, run.Status);
        Assert.Equal("us-central1-a/web-1", run.Instance);
        var item = Assert.Single(run.Items);
        Assert.Equal(submitted.RequestId, item.RequestId);
        Assert.Equal(BackupItemStatus.Succeeded, item.Status);
        Assert.Equal(item.ImageName, Assert.Single(await BackupConsole.ImagesOfAsync(console, "cancelled")).Name);
    }

    [Fact]
    public async Task RunNow_TwoVmsInOneSecondAndAVmThePolicyDoesNotCover_TwoRunsOfOneImageEachAndANote()
    {
        await using var console = await RunningConsole.StartAsync(settings: BackupConsole.Policy("two-vms", NeverDuringTests, DemoVms));
        var policy = await BackupConsole.PolicyAsync(console, "two-vms");
        var runner = BackupConsole.Runner(console);
        var second = DateTimeOffset.UtcNow;

        var web1 = await runner.RunAsync(policy.Id, second, BackupRunTrigger.RunNow, "operator@example.com", CancellationToken.None, "us-central1-a/web-1");
        var web2 = await runner.RunAsync(policy.Id, second, BackupRunTrigger.RunNow, "operator@example.com", CancellationToken.None, "us-central1-b/web-2");
        var again = await runner.RunAsync(policy.Id, second, BackupRunTrigger.RunNow, "operator@example.com", CancellationToken.None, "us-central1-b/web-2");
        var other = await runner.RunAsync(policy.Id, second, BackupRunTrigger.RunNow, "operator@example.com", CancellationToken.None, "us-central1-a/db-1");

        // Each VM's request has its own run (the second one takes the next free second); asking again for web-2 in the same
        // second is the same run, not a second image.
        Assert.NotEqual(web1!.Id, web2!.Id);
        Assert.Equal(web2.Id, again!.Id);
        Assert.Equal("us-central1-a/web-1", Assert.Single(web1.Items).Instance);
        Assert.Equal("us-central1-b/web-2", Assert.Single(web2.Items).Instance);
        Assert.All([web1, web2], r => Assert.Equal(BackupRunStatus.Succeeded, r.Status));
        Assert.Equal(2, (await BackupConsole.ImagesOfAsync(console, "two-vms")).Count);

        // A VM the policy does not cover: nothing is backed up, and the run says why.
        Assert.Empty(other!.Items);
        Assert.Equal(BackupRunStatus.Skipped, other.Status);
        Assert.Contains("us-central1-a/db-1 is not one of the policy's VMs", other.Notes, StringComparison.Ordinal);
        Assert.Equal(2, (await BackupConsole.ImagesOfAsync(console, "two-vms")).Count);
    }

    [Fact]
    public async Task RunNowService_OnlyOperatorsAndAdmins_BadVmRefusedWithNothingQueued_GoodOneAuditedAndRun()
    {
        await using var console = await RunningConsole.StartAsync(settings: BackupConsole.Policy("by-people", NeverDuringTests, DemoVms));
        var policy = await BackupConsole.PolicyAsync(console, "by-people");

        Task<DateTimeOffset> RunNowAsAsync(System.Security.Claims.ClaimsPrincipal user, string? instance)
            => BackupConsole.AsAsync(console, user, s => s.RunNowAsync(policy.Id, CancellationToken.None, instance));

        // Refused for the role: audited as Denied (who, what, which policy), nothing queued.
        await Assert.ThrowsAsync<MachineImagesConsole.Model.ConsoleForbiddenException>(() => RunNowAsAsync(Pipeline.TestUsers.Viewer, "us-central1-a/web-1"));
        await Assert.ThrowsAsync<MachineImagesConsole.Model.ConsoleForbiddenException>(() => RunNowAsAsync(Pipeline.TestUsers.HelpDesk, "us-central1-a/web-1"));
        var denied = await BackupConsole.AuditOfAsync(console, MachineImagesConsole.Model.ConsoleActions.BackupsRunNow);
        Assert.Equal(["viewer@example.com", "helpdesk@example.com"], denied.Select(a => a.ActorEmail));
        Assert.All(denied, a => Assert.Equal((AuditOutcome.Denied, "acme-prod", "backupPolicies/by-people"), (a.Outcome, a.Project, a.Target)));
        Assert.Contains("us-central1-a/web-1", denied[0].ParametersJson, StringComparison.Ordinal);

        // Bad input from someone allowed: refused with the reason, not audited (nothing was asked of anything).
        foreach (var bad in new[] { "web-1", "us-central1-a/Web_1", "us-central1-a/web-1,us-central1-b/web-2", "" })
        {
            var refused = await Assert.ThrowsAsync<ArgumentException>(() => RunNowAsAsync(Pipeline.TestUsers.Operator, bad));
            Assert.Contains("zone/name", refused.Message, StringComparison.Ordinal);
        }
        Assert.Equal(2, (await BackupConsole.AuditOfAsync(console, MachineImagesConsole.Model.ConsoleActions.BackupsRunNow)).Count);
        Assert.Empty(await BackupConsole.RunsAsync(console, policy.Id));

        var asked = await RunNowAsAsync(Pipeline.TestUsers.Operator, "us-central1-a/web-1");

        var run = Assert.Single(await BackupConsole.WaitForRunsAsync(console, policy.Id, r => r.Count == 1, "the operator's Run now"));
        Assert.Equal(asked, run.ScheduledFor);
        Assert.Equal("operator@example.com", run.RequestedBy);
        Assert.Equal(BackupRunStatus.Succeeded, run.Status);
        Assert.Equal("us-central1-a/web-1", Assert.Single(run.Items).Instance);
        await using (var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
        {
            var audit = Assert.Single(await db.AuditRecords.AsNoTracking().Where(a => a.Action == MachineImagesConsole.Model.ConsoleActions.BackupsRunNow && a.Outcome != AuditOutcome.Denied).ToListAsync());
            Assert.Equal("operator@example.com", audit.ActorEmail);
            Assert.Equal(AuditOutcome.Succeeded, audit.Outcome);
            Assert.Contains("us-central1-a/web-1", audit.ParametersJson, StringComparison.Ordinal);
        }
    }
}
