using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Hub;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Restart;

/// <summary>The console stops while an operation runs and starts again on the same data: tracking resumes and completes.</summary>
public sealed class RestartMidOperationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Restart_WhileOperationRuns_TrackerResumesToDoneAndAuditSucceeds()
    {
        // 50 GB at 40 s per 100 GB: about 20 s, long enough to stop and start the console in the middle.
        await using var console = await RunningConsole.StartAsync(secondsPerHundredGb: 40);
        var (auditId, operation) = await console.StartTrackedMachineImageAsync("restart-" + Guid.NewGuid().ToString("N")[..6]);

        // Wait until the tracker follows it and Compute reports it RUNNING (operations.wait blocks until DONE, so the
        // tracker itself may report nothing between the start and the end).
        var first = await console.Tracker.SubscribeAsync("acme-prod", operation.Name, CancellationToken.None).FirstAsync().AsTask().WaitAsync(Patience);
        Assert.False(first.Done);
        var compute = console.ServiceAccountCompute();
        var deadline = DateTime.UtcNow + Patience;
        string? status;
        do
        {
            status = (await compute.GlobalOperations.GetAsync("acme-prod", operation.Name)).Status;
            if (status != "PENDING") break;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Equal("RUNNING", status);

        await console.StopAsync();
        await using (var db = await OpenDatabaseAsync(console))
        {
            var stored = await db.TrackedOperations.AsNoTracking().SingleAsync(o => o.OperationName == operation.Name);
            Assert.False(stored.Done);
            Assert.Equal(AuditOutcome.Submitted, (await db.AuditRecords.AsNoTracking().SingleAsync(r => r.Id == auditId)).Outcome);
        }

        await console.StartAgainAsync();

        OperationProgress? last = null;
        using (var finishing = new CancellationTokenSource(Patience))
        {
            await foreach (var progress in console.Tracker.SubscribeAsync("acme-prod", operation.Name, finishing.Token))
            {
                last = progress;
                if (progress.Done) break;
            }
        }

        Assert.NotNull(last);
        Assert.True(last.Done);
        Assert.Equal("DONE", last.Status);
        Assert.Equal(100, last.ProgressPercent);
        Assert.Empty(last.ErrorReasons);
        Assert.Equal("operator@example.com", last.User);

        var audit = console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        deadline = DateTime.UtcNow + Patience;
        AuditRecord record;
        do
        {
            await using var db = await audit.CreateDbContextAsync();
            record = await db.AuditRecords.AsNoTracking().SingleAsync(r => r.Id == auditId);
            if (record.Outcome == AuditOutcome.Succeeded) break;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Equal(AuditOutcome.Succeeded, record.Outcome);
        Assert.Equal(operation.Name, record.OperationName);
        Assert.NotNull(record.CompletedTime);

        var image = await console.ServiceAccountCompute().MachineImages.GetAsync("acme-prod", operation.TargetLink![(operation.TargetLink!.LastIndexOf('/') + 1)..]);
        Assert.Equal("READY", image.Status);
    }

    private static Task<ConsoleDbContext> OpenDatabaseAsync(RunningConsole console)
    {
        var options = new DbContextOptionsBuilder<ConsoleDbContext>()
            .UseSqlite($"Data Source={Path.Combine(console.DataDirectory, "console.db")}")
            .Options;
        return Task.FromResult(new ConsoleDbContext(options));
    }
}
