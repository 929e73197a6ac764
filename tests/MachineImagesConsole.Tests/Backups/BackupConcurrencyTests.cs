using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Backups;
using MachineImagesConsole.Tests.Hub;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Backups;

/// <summary>25 targeted VMs in one region against LocalCloud (which refuses a 21st concurrent creation): at most 20 in flight, all 25 made.</summary>
public sealed class BackupConcurrencyTests
{
    [Fact]
    public async Task TwentyFiveInstancesInOneRegion_NeverMoreThanTwentyInFlight_AllTwentyFiveComplete()
    {
        // 50 GB at 20 s per 100 GB: each machine image takes about 10 s, so the creations overlap.
        await using var console = await RunningConsole.StartAsync(secondsPerHundredGb: 20,
            settings: BackupConsole.Policy("bulk", "0 0 1 1 *", [], selector: "bulk=yes"));
        var compute = console.ServiceAccountCompute();
        var inserts = new List<Operation>();
        for (var i = 1; i <= 25; i++)
        {
            var zone = i % 2 == 0 ? "us-central1-a" : "us-central1-b";
            inserts.Add(await compute.Instances.InsertAsync("acme-prod", zone,
                new Instance { Name = $"bulk-{i:00}", Labels = new() { ["bulk"] = "yes" } },
                sourceMachineImage: "projects/acme-prod/global/machineImages/web-1-nightly", requestId: Guid.NewGuid()));
        }
        foreach (var op in inserts) await compute.WaitForOperationAsync(op, TimeSpan.FromMinutes(3), null, CancellationToken.None);

        var policy = await BackupConsole.PolicyAsync(console, "bulk");
        var slots = console.Services.GetRequiredService<BackupRegionSlots>();
        var run = await BackupConsole.Runner(console).RunAsync(policy.Id, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), BackupRunTrigger.Schedule, "test", CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal(25, run.Items.Count);
        Assert.All(run.Items, i => Assert.True(i.Status == BackupItemStatus.Succeeded, $"{i.Instance}: {i.Status} {i.Reason}"));
        Assert.Equal(20, slots.Peak("us-central1"));
        Assert.Equal(0, slots.InFlight("us-central1"));
        Assert.Equal(25, (await BackupConsole.ImagesOfAsync(console, "bulk")).Count);

        // Compute never had to refuse one for the regional quota.
        await using var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var refused = await db.AuditRecords.AsNoTracking().Where(r => r.Action == "backups.createMachineImage" && r.ErrorReasons != null && r.ErrorReasons.Contains("quotaExceeded")).CountAsync();
        Assert.Equal(0, refused);
    }
}
