using System.Globalization;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Hosting;
using MachineImagesConsole.LocalCloud.Faults;
using MachineImagesConsole.LocalCloud.Store;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Tests.Authentication;
using MachineImagesConsole.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Faults;

/// <summary>
/// 200 image creations through the console's own mutation pipeline and Compute client (service account) against the
/// in-process LocalCloud with 30% of the Compute calls on images and global operations faulted: errors and dropped
/// connections, before and after the change is committed. A person's "Try again" resends the same command (the same
/// requestId) up to three times. Writes its figures to artifacts/figures/fault-injection.md.
/// </summary>
public sealed class FaultedCreationsTests : IAsyncLifetime
{
    private const int Asked = 200;
    private const string Project = "acme-prod";
    private const string Prefix = "fault-img-";
    private const int TriesPerCommand = 4; // the first send plus three "Try again"

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mic-faults-" + Guid.NewGuid().ToString("N")[..8]);
    private ConsoleInstance _console = null!;

    public async Task InitializeAsync()
    {
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Console:DataDirectory"] = _dataDirectory,
            ["Console:LocalCloud:Url"] = $"http://localhost:{FakeIssuer.FreePort()}",
            ["LocalCloud:Simulation:Mode"] = "Instant",
            ["Console:Operations:InitialRetryDelay"] = "00:00:00.100",
            ["Console:Operations:MaxRetryDelay"] = "00:00:00.500",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        _console = await ConsoleHost.StartAsync(["--urls", $"http://localhost:{FakeIssuer.FreePort()}"], overrides, CancellationToken.None);
    }

    [Fact]
    public async Task TwoHundredCreations_With30PercentOfCallsFaulted_NoDuplicateAndNothingLeftPending()
    {
        var injector = _console.LocalCloud!.Services.GetRequiredService<FaultInjector>();
        // Four faults, tried in turn, together hitting 30% of the calls: 1 - (1-0.075)(1-0.0811)(1-0.0882)(1-0.0968) ≈ 0.30.
        injector.Configure(
        [
            Rule(FaultKind.ErrorBeforeCommit, 0.075),
            Rule(FaultKind.ErrorAfterCommit, 0.0811),
            Rule(FaultKind.DropBeforeCommit, 0.0882),
            Rule(FaultKind.DropAfterCommit, 0.0968),
        ], seed: 20261201);
        var pipeline = _console.App.Services.GetRequiredService<IBackgroundPipelineFactory>().Create("admin@example.com", "Admin");

        var finals = new List<(string Name, MutationResult Result, int Tries)>();
        for (var i = 0; i < Asked; i++)
        {
            var name = Prefix + i.ToString("000", CultureInfo.InvariantCulture);
            var command = MutationCommand.ForOperation(ConsoleActions.ImagesInsert, Project, $"projects/{Project}/global/images/{name}", new { name },
                (client, requestId, ct) => client.Images.InsertAsync(Project, new Image { Name = name, SourceImage = $"projects/{Project}/global/images/acme-base-v080" }, requestId: requestId, cancellationToken: ct));
            MutationResult result;
            var tries = 0;
            do
            {
                tries++;
                result = await pipeline.ExecuteAsync(command, CancellationToken.None);
            }
            while (result.Outcome == MutationOutcome.Failed && tries < TriesPerCommand);
            finals.Add((name, result, tries));
        }
        var injected = injector.Firings;
        injector.Clear();

        var tracked = await WaitForTrackedOperationsAsync(TimeSpan.FromMinutes(3));
        var created = await CreatedImagesAsync();
        var duplicates = await DuplicateInsertsAsync();
        var audits = await FinalAuditOutcomesAsync(finals.Select(f => f.Result.AuditRecordId).ToList(), TimeSpan.FromMinutes(3));
        var wronglyFailed = finals.Count(f => audits[f.Result.AuditRecordId] == AuditOutcome.Failed && created.Contains(f.Name));
        var failedNotCreated = finals.Count(f => audits[f.Result.AuditRecordId] == AuditOutcome.Failed && !created.Contains(f.Name));
        var failedRowsOfCreated = await FailedAuditRowsOfCreatedAsync(created);
        var leftPending = audits.Values.Count(o => o is AuditOutcome.Pending or AuditOutcome.Submitted) + tracked.Count(t => !t.Done);

        var table = TestFigures.Write("fault-injection", "Fault injection: 200 creations, 30% of Compute calls faulted",
        [
            ("resources asked for", Asked.ToString(CultureInfo.InvariantCulture)),
            ("created", created.Count.ToString(CultureInfo.InvariantCulture)),
            ("duplicates", duplicates.ToString(CultureInfo.InvariantCulture)),
            ("records wrongly Failed (created, but the console says Failed)", wronglyFailed.ToString(CultureInfo.InvariantCulture)),
            ("audit rows Failed of an image that exists (every attempt, before Try again)", failedRowsOfCreated.ToString(CultureInfo.InvariantCulture)),
            ("records Failed and not created", failedNotCreated.ToString(CultureInfo.InvariantCulture)),
            ("records left Pending/Submitted or tracked operations not done", leftPending.ToString(CultureInfo.InvariantCulture)),
            ("Compute calls faulted", $"{injected.Count} ({string.Join(", ", injected.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))})"),
            ("\"Try again\" presses", finals.Sum(f => f.Tries - 1).ToString(CultureInfo.InvariantCulture)),
        ],
        "Asserted: no duplicate, nothing wrongly Failed (the durable-mutation pipeline settles lost replies by requestId), nothing left pending.");
        Console.WriteLine(table);

        Assert.True(injected.Count > 0, "no fault was injected");
        Assert.Equal(0, duplicates);
        Assert.Equal(0, wronglyFailed);
        Assert.Equal(0, failedRowsOfCreated);
        Assert.Equal(0, leftPending);
        Assert.Equal(Asked, created.Count + failedNotCreated);
        Assert.All(finals.Where(f => f.Result.Outcome != MutationOutcome.Failed), f => Assert.Contains(f.Name, created));
    }

    private static FaultRule Rule(FaultKind kind, double rate) => new() { Method = "compute.images.*", Fault = kind, Rate = rate };

    private async Task<List<TrackedOperation>> WaitForTrackedOperationsAsync(TimeSpan timeout)
    {
        var factory = _console.App.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync();
            var tracked = await db.TrackedOperations.AsNoTracking().Where(t => t.Project == Project).ToListAsync();
            if (tracked.All(t => t.Done) || DateTime.UtcNow > deadline) return tracked;
            await Task.Delay(200);
        }
    }

    private async Task<HashSet<string>> CreatedImagesAsync()
    {
        await using var db = await LocalCloudDb().CreateDbContextAsync();
        var names = await db.Resources.AsNoTracking().Where(r => r.Project == Project && r.Collection == "images" && r.Name.StartsWith(Prefix)).Select(r => r.Name).ToListAsync();
        return [.. names];
    }

    /// <summary>Insert operations LocalCloud committed beyond one per image: a retry that Compute did not deduplicate.</summary>
    private async Task<int> DuplicateInsertsAsync()
    {
        await using var db = await LocalCloudDb().CreateDbContextAsync();
        var targets = await db.Operations.AsNoTracking().Where(o => o.Kind == "images.insert" && o.TargetKey.Contains("/images/" + Prefix)).Select(o => o.TargetKey).ToListAsync();
        return targets.Count - targets.Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>The audit outcomes, once none is Pending or Submitted any more (the tracker and the reconciler settle them), or at the deadline.</summary>
    private async Task<Dictionary<long, AuditOutcome>> FinalAuditOutcomesAsync(List<long> ids, TimeSpan timeout)
    {
        var factory = _console.App.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync();
            var outcomes = await db.AuditRecords.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Outcome);
            if (outcomes.Values.All(o => o is not (AuditOutcome.Pending or AuditOutcome.Submitted)) || DateTime.UtcNow > deadline) return outcomes;
            await Task.Delay(200);
        }
    }

    private async Task<int> FailedAuditRowsOfCreatedAsync(HashSet<string> created)
    {
        var factory = _console.App.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var targets = await db.AuditRecords.AsNoTracking()
            .Where(a => a.Action == ConsoleActions.ImagesInsert && a.Outcome == AuditOutcome.Failed && a.Target.StartsWith($"projects/{Project}/global/images/{Prefix}"))
            .Select(a => a.Target).ToListAsync();
        return targets.Count(t => created.Contains(t[(t.LastIndexOf('/') + 1)..]));
    }

    private IDbContextFactory<LocalCloudDbContext> LocalCloudDb() => _console.LocalCloud!.Services.GetRequiredService<IDbContextFactory<LocalCloudDbContext>>();

    public async Task DisposeAsync()
    {
        await _console.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold a file briefly; the OS cleans temp folders.
        }
    }
}
