using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Drills;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Drills;

public sealed class DrillSchedulerTests
{
    [Fact]
    public async Task RequestAsync_NoReaderEverSeesADrillWithoutItsVmName()
    {
        // The drill service (at start, or on another instance) picks up every drill that is not done: a row without its
        // VM name yet would be run with an empty instance name. Seen in CI: "path parameter 'instance' must not be empty".
        await using var database = await TestDatabase.CreateAsync();
        var scheduler = new DrillScheduler(database, TestUsers.AuthorizationService(), Options.Create(new DrillOptions()), new DrillQueue(), TimeProvider.System);
        using var stop = new CancellationTokenSource();
        var nameless = 0;
        var reads = 0;
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var db = await database.CreateDbContextAsync();
                if (await db.DrillRuns.AsNoTracking().AnyAsync(r => r.Phase != DrillPhase.Done && r.VmName == "")) nameless++;
                reads++;
                reading.TrySetResult();
            }
        });
        await reading.Task.WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 0; i < 150; i++)
        {
            await scheduler.RequestAsync(new DrillRequest { SourceProject = "acme-prod", MachineImage = "web-1-nightly" }, TestUsers.Operator, default);
        }
        await stop.CancelAsync();
        await reader;

        Assert.True(reads > 1, $"The reader read {reads} times while 150 drills were requested.");
        Assert.Equal(0, nameless);
        await using var check = await database.CreateDbContextAsync();
        Assert.All(await check.DrillRuns.AsNoTracking().ToListAsync(), r => Assert.StartsWith($"drill-{r.Id}-web-1-nightly", r.VmName, StringComparison.Ordinal));
    }
}
