using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Drills;
using MachineImagesConsole.Tests.Pipeline;
using MachineImagesConsole.Tests.Restore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Drills;

/// <summary>Restore drills end to end against LocalCloud (Instant), run by the background service.</summary>
public sealed class DrillIntegrationTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const string StockoutZone = "us-east1-b";
    private RestoreWorld _world = null!;

    public async Task InitializeAsync() => _world = await RestoreWorld.StartAsync(StockoutZone);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private static DrillOptions FastOptions(Action<DrillOptions>? change = null)
    {
        var options = new DrillOptions { PollInterval = TimeSpan.FromMilliseconds(50), VerifyTimeout = TimeSpan.FromSeconds(1), OperationTimeout = TimeSpan.FromSeconds(30) };
        change?.Invoke(options);
        return options;
    }

    private async Task<DrillRun> RunToEndAsync(DrillOptions options, DrillRequest request, MachineImagesConsole.Operations.OperationTracker? tracker = null)
    {
        var queue = new DrillQueue();
        var wrapped = Options.Create(options);
        var scheduler = new DrillScheduler(_world.Database, TestUsers.AuthorizationService(), wrapped, queue, TimeProvider.System);
        var runner = new DrillRunner(_world.Database, _world.Pipelines, tracker ?? _world.Tracker, queue, new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(),
            wrapped, TimeProvider.System, _world.Logs.CreateLogger<DrillRunner>());
        var readiness = new DatabaseReadiness();
        readiness.MarkReady();
        using var service = new DrillBackgroundService(_world.Database, readiness, queue, runner, wrapped, _world.Logs.CreateLogger<DrillBackgroundService>());
        await service.StartAsync(default);
        try
        {
            var run = await scheduler.RequestAsync(request, TestUsers.Operator, default);
            return await WaitDoneAsync(run.Id);
        }
        finally
        {
            await service.StopAsync(default);
            output.WriteLine(_world.Logs.Dump(Microsoft.Extensions.Logging.LogLevel.Warning));
        }
    }

    private async Task<DrillRun> WaitDoneAsync(long id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            await using (var db = await _world.Database.CreateDbContextAsync())
            {
                var run = await db.DrillRuns.AsNoTracking().SingleAsync(r => r.Id == id);
                if (run.Phase == DrillPhase.Done) return run;
                Assert.True(DateTime.UtcNow < deadline, $"Drill {id} is still {run.Phase}. What the drill's services logged:{Environment.NewLine}{_world.Logs.Dump()}");
            }
            await Task.Delay(50);
        }
    }

    private async Task AssertNoVmAsync(DrillRun run)
    {
        var error = await Assert.ThrowsAsync<ComputeApiException>(() => _world.Client.Instances.GetAsync(run.TargetProject, run.Zone, run.VmName));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Drill_MachineImage_PassesWithPhaseTimingsRtoAndCleansUp()
    {
        var run = await RunToEndAsync(FastOptions(), new DrillRequest { SourceProject = "acme-prod", MachineImage = "web-1-nightly" });

        Assert.Equal(DrillRunStatus.Passed, run.Status);
        Assert.Null(run.FailureReason);
        Assert.NotNull(run.AcceptedAt);
        Assert.True(run.StartedAt <= run.AcceptedAt && run.AcceptedAt <= run.RunningAt && run.RunningAt <= run.VerifiedAt);
        Assert.NotNull(run.RtoSeconds);
        Assert.True(run.MetRtoTarget);
        Assert.Equal(TimeSpan.FromMinutes(30).TotalSeconds, run.RtoTargetSeconds);
        Assert.Equal("Deleted", run.CleanupResult);
        Assert.Equal("acme-dr", run.TargetProject);
        Assert.Equal("zones/us-central1-a/instances/web-1", run.SourceInstance);
        await AssertNoVmAsync(run);

        var markdown = DrillReport.ToMarkdown("acme-prod/web-1-nightly", [run]);
        Assert.Contains("| Passed |", markdown, StringComparison.Ordinal);
        Assert.Contains("RTO met", markdown, StringComparison.Ordinal);
        var csv = DrillReport.ToCsv([run]).Split("\r\n");
        Assert.StartsWith("id,started_utc", csv[0], StringComparison.Ordinal);
        Assert.Contains(",Passed,", csv[1], StringComparison.Ordinal);
        Assert.Contains(",true,Deleted,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_KeepVm_VmLeftInDrillNetworkWithoutExternalIp()
    {
        var run = await RunToEndAsync(FastOptions(), new DrillRequest { SourceProject = "acme-prod", MachineImage = "web-1-nightly", KeepVm = true });

        Assert.Equal(DrillRunStatus.Passed, run.Status);
        Assert.StartsWith("Kept", run.CleanupResult, StringComparison.Ordinal);
        var vm = await _world.Client.Instances.GetAsync("acme-dr", run.Zone, run.VmName);
        var nic = Assert.Single(vm.NetworkInterfaces!);
        Assert.EndsWith("/networks/dr-drill-vpc", nic.Network, StringComparison.Ordinal);
        Assert.True(nic.AccessConfigs is null or { Count: 0 });
        Assert.Equal(run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), vm.Labels!["restore-drill"]);
    }

    [Fact]
    public async Task Drill_LatestBackupOfInstance_RestoresNewestMachineImageOfThatInstance()
    {
        var run = await RunToEndAsync(FastOptions(), new DrillRequest { SourceProject = "acme-prod", SourceInstance = "zones/us-central1-a/instances/db-primary" });

        Assert.Equal(DrillRunStatus.Passed, run.Status);
        Assert.Equal("db-primary-weekly-3", run.SourceMachineImage); // 7 days old: the newest of the three
        Assert.True(run.LatestBackupOfInstance);
    }

    [Fact]
    public async Task Drill_BootMarkerNeverPrinted_FailsWithReasonAndLeavesNoVm()
    {
        var run = await RunToEndAsync(FastOptions(), new DrillRequest { SourceProject = "acme-prod", MachineImage = "web-1-nightly", BootMarker = "this line is never printed" });

        Assert.Equal(DrillRunStatus.Failed, run.Status);
        Assert.Contains("boot marker", run.FailureReason, StringComparison.Ordinal);
        Assert.NotNull(run.RunningAt);
        Assert.Null(run.VerifiedAt);
        Assert.Null(run.RtoSeconds);
        Assert.Equal("Deleted", run.CleanupResult);
        await AssertNoVmAsync(run);
        Assert.Contains("| Failed |", DrillReport.ToMarkdown("x", [run]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_StockoutZone_FailsWithComputeReasonAndLeavesNoVm()
    {
        var run = await RunToEndAsync(FastOptions(o => { o.Zone = StockoutZone; o.Subnetwork = "dr-us-east1"; }),
            new DrillRequest { SourceProject = "acme-prod", MachineImage = "web-1-nightly" });

        Assert.Equal(DrillRunStatus.Failed, run.Status);
        Assert.Contains("ZONE_RESOURCE_POOL_EXHAUSTED", run.FailureReason, StringComparison.Ordinal);
        Assert.Null(run.RunningAt);
        Assert.StartsWith("NotCreated", run.CleanupResult, StringComparison.Ordinal);
        await AssertNoVmAsync(run);
    }

    [Fact]
    public async Task Drill_UnexpectedFault_RecordedFailedWithWhyAndCleanedUp()
    {
        // A fault the runner does not expect (here the tracker it waits on keeps another database, so it throws that it
        // does not track the restore's operation) fails the drill with the reason and still cleans up, instead of
        // leaving it in its phase until the console restarts.
        await using var elsewhere = await MachineImagesConsole.Tests.Data.TestDatabase.CreateAsync();
        await using var stranger = new MachineImagesConsole.Operations.OperationTracker(elsewhere,
            new MachineImagesConsole.Operations.ComputeOperationWaiter(_world.ClientFactory, new MachineImagesConsole.Operations.ServiceAccountPollingCredentials(_world.Services)),
            [], TimeProvider.System, Options.Create(new MachineImagesConsole.Operations.OperationTrackingOptions()), NullLogger<MachineImagesConsole.Operations.OperationTracker>.Instance);

        var run = await RunToEndAsync(FastOptions(), new DrillRequest { SourceProject = "acme-prod", MachineImage = "web-1-nightly" }, stranger);

        Assert.Equal(DrillRunStatus.Failed, run.Status);
        Assert.StartsWith("The drill stopped unexpectedly while WaitingForRunning: The console does not track operation", run.FailureReason, StringComparison.Ordinal);
        Assert.NotNull(run.FinishedAt);
        Assert.StartsWith("DeleteFailed:", run.CleanupResult, StringComparison.Ordinal);
        Assert.Contains(_world.Logs.Records, r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error && r.Text.Contains("stopped unexpectedly in phase WaitingForRunning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DrillService_UnfinishedDrillInDatabase_ResumedOnStart()
    {
        await using (var db = await _world.Database.CreateDbContextAsync())
        {
            db.DrillRuns.Add(new DrillRun
            {
                SourceProject = "acme-prod", SourceMachineImage = "web-1-nightly", TargetProject = "acme-dr", Zone = "europe-west1-c",
                Network = "dr-drill-vpc", Subnetwork = "dr-europe-west1", VmName = "drill-resumed", BootMarker = "LocalCloud: boot complete",
                RtoTargetSeconds = 1800, RequestedBy = "operator@example.com", RequestedRole = "Operator", RequestedAt = DateTimeOffset.UtcNow,
                StartedAt = DateTimeOffset.UtcNow, Status = DrillRunStatus.Running, Phase = DrillPhase.Restoring,
            });
            await db.SaveChangesAsync();
        }
        var options = Options.Create(FastOptions());
        var queue = new DrillQueue();
        var runner = new DrillRunner(_world.Database, _world.Pipelines, _world.Tracker, queue, new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(),
            options, TimeProvider.System, _world.Logs.CreateLogger<DrillRunner>());
        var readiness = new DatabaseReadiness();
        readiness.MarkReady();
        using var service = new DrillBackgroundService(_world.Database, readiness, queue, runner, options, _world.Logs.CreateLogger<DrillBackgroundService>());

        await service.StartAsync(default);
        var run = await WaitDoneAsync(1);
        await service.StopAsync(default);

        Assert.Equal(DrillRunStatus.Passed, run.Status);
        Assert.Equal("Deleted", run.CleanupResult);
    }

    [Fact]
    public async Task Scheduler_Viewer_Refused()
    {
        var scheduler = new DrillScheduler(_world.Database, TestUsers.AuthorizationService(), Options.Create(new DrillOptions()), new DrillQueue(), TimeProvider.System);

        await Assert.ThrowsAsync<MachineImagesConsole.Model.ConsoleForbiddenException>(() => scheduler.RequestAsync(new DrillRequest { SourceProject = "acme-prod", MachineImage = "web-1-nightly" }, TestUsers.Viewer, default));

        await using var db = await _world.Database.CreateDbContextAsync();
        Assert.Empty(db.DrillRuns);
    }
}
