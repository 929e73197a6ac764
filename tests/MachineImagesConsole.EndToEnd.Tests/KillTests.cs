using System.Net.Http.Json;
using System.Text.Json;
using MachineImagesConsole.Data;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;
using MachineImagesConsole.TestSupport;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// Done-when of issue #14 (kill test): LocalCloud holds a machine-image create after committing it
/// (<c>DelayAfterCommit</c>); the console process is killed while the call is in flight and started again on the same data
/// folder. The audit record ends Succeeded, the operation is tracked to DONE, and exactly one machine image exists.
/// It lives here, not in MachineImagesConsole.Tests, because the mutation is started the way a person starts it: a click in
/// Chromium on a real console process.
/// </summary>
#pragma warning disable CA1001 // xunit disposes the fields through IAsyncLifetime.DisposeAsync
public sealed class KillTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);
    private readonly ConsoleProcess _console = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _console.Environment["LocalCloud__EnableTestControl"] = "true";
        _console.Environment["LocalCloud__Faults__Rules__0__Method"] = "compute.machineImages.insert";
        _console.Environment["LocalCloud__Faults__Rules__0__Fault"] = "DelayAfterCommit";
        _console.Environment["LocalCloud__Faults__Rules__0__Delay"] = "00:00:45";
        await _console.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await ConsoleFixture.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _console.DisposeAsync();
    }

    [Fact]
    public async Task CreateMachineImage_ConsoleKilledWhileComputeHoldsTheReply_SettlesToSucceededWithOneImage()
    {
        var name = "kill-" + Guid.NewGuid().ToString("N")[..8];
        var page = await ConsoleFixture.SignInAsAsync(_browser!, _console, "operator@example.com", "machine-images/create?project=acme-prod");
        await CreateWizardWalk.ToReviewAsync(page, name, vm: "web-1");
        await page.GetByTestId("wizard-submit").ClickAsync();

        // Compute has committed the machine image and holds the reply: kill the console now.
        await WaitUntilAsync(async () => await CountMachineImagesAsync(name) == 1, "LocalCloud to commit the machine image");
        await _console.StopAsync();

        var atKill = await AuditRecordsAsync(name);
        var record = Assert.Single(atKill);
        Assert.Equal(AuditOutcome.Pending, record.Outcome); // the call was in flight when the console died
        Assert.Contains("requestId", record.RequestJson, StringComparison.Ordinal);

        _console.Environment.Clear();
        await _console.StartAsync();

        await WaitUntilAsync(async () => (await AuditRecordsAsync(name)).Single().Outcome is AuditOutcome.Succeeded or AuditOutcome.Failed,
            "the audit record to be settled");
        var settled = Assert.Single(await AuditRecordsAsync(name));
        Assert.Equal(AuditOutcome.Succeeded, settled.Outcome);
        Assert.NotNull(settled.OperationName);
        await using (var db = ConsoleDb())
        {
            var tracked = await db.TrackedOperations.AsNoTracking().SingleAsync(o => o.OperationName == settled.OperationName);
            Assert.True(tracked.Done);
            Assert.Equal("DONE", tracked.Status);
            Assert.Null(tracked.ErrorReasons);
        }
        Assert.Equal(1, await CountMachineImagesAsync(name));
        await page.Context.CloseAsync();
    }

    private ConsoleDbContext ConsoleDb() => new(new DbContextOptionsBuilder<ConsoleDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_console.DataDirectory, ConsoleDataOptions.DatabaseFileName)};Pooling=False").Options);

    private async Task<List<AuditRecord>> AuditRecordsAsync(string name)
    {
        await using var db = ConsoleDb();
        var records = await db.AuditRecords.AsNoTracking().Where(r => r.Action == "machineImages.insert").ToListAsync();
        return [.. records.Where(r => r.Target.EndsWith("/" + name, StringComparison.Ordinal) || r.Target == name)];
    }

    private async Task<int> CountMachineImagesAsync(string name)
    {
        var path = Path.Combine(_console.DataDirectory, "localcloud", "localcloud.db");
        if (!File.Exists(path)) return 0;
        await using var db = new LocalCloudDbContext(new DbContextOptionsBuilder<LocalCloudDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
        try
        {
            return await db.Resources.CountAsync(r => r.Collection == "machineImages" && r.Name == name);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // being created
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
