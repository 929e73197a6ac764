using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.Operations;

public sealed class OperationTrackerTests : IAsyncLifetime, IDisposable
{
    private const string Project = "acme-prod";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private ComputeListCache _cache = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _cache = new ComputeListCache(_time, Options.Create(new ComputeSessionOptions()));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _cache.Dispose();

    private OperationTracker NewTracker(IOperationWaiter waiter, IDbContextFactory<ConsoleDbContext>? database = null, IOperationLeases? leases = null) => new(
        database ?? _database, waiter, [new OperationCompletion(new AuditLog(_database, _time), _cache)], _time,
        Options.Create(new OperationTrackingOptions()), NullLogger<OperationTracker>.Instance, leases);

    private static OperationSnapshot Op(string name, string status = "RUNNING", int progress = 0, params string[] errors) => new()
    {
        Name = name,
        Scope = OperationScopes.Global,
        Status = status,
        Progress = progress,
        OperationType = "insert",
        TargetLink = $"https://www.googleapis.com/compute/v1/projects/{Project}/global/machineImages/nightly",
        ErrorReasons = errors,
        ErrorMessage = errors.Length > 0 ? "It failed." : null,
    };

    private static OperationStart Start(long? auditId = null)
        => new(Project, "operator@example.com", Guid.NewGuid(), auditId, ComputeIdentity.User);

    private async Task<long> AddSubmittedAuditAsync(string operationName)
    {
        var record = await new AuditLog(_database, _time).AddAsync(new AuditRecord
        {
            ActorEmail = "operator@example.com", ActorRole = "Operator", Action = "machineImages.insert", Target = "nightly",
            Project = Project, RequestId = Guid.NewGuid(), Outcome = AuditOutcome.Submitted, OperationName = operationName,
        }, default);
        return record.Id;
    }

    [Fact]
    public async Task TrackAsync_OperationFinishes_PersistsDoneAuditsSuccessAndInvalidatesCache()
    {
        var auditId = await AddSubmittedAuditAsync("op-1");
        var loads = 0;
        await _cache.GetOrAddAsync(Project, "user:operator@example.com", "machineImages", _ => Task.FromResult(++loads), default);
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);

        await tracker.TrackAsync(Op("op-1", "PENDING"), Start(auditId), default);
        await waiter.WhenWaitingAsync("op-1");
        waiter.Finish("op-1", Op("op-1", "DONE", 100));
        await tracker.WhenLoopEndsAsync(Project, OperationScopes.Global, "op-1").WaitAsync(TimeSpan.FromSeconds(10));

        await using var db = await _database.CreateDbContextAsync();
        var row = await db.TrackedOperations.SingleAsync();
        Assert.True(row.Done);
        Assert.Equal("DONE", row.Status);
        Assert.Equal(100, row.Progress);
        Assert.Equal(auditId, row.AuditRecordId);
        Assert.Equal(AuditOutcome.Succeeded, (await db.AuditRecords.SingleAsync()).Outcome);
        await _cache.GetOrAddAsync(Project, "user:operator@example.com", "machineImages", _ => Task.FromResult(++loads), default);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task TrackAsync_OperationFailsWithErrors_AuditIsFailedWithReasons()
    {
        await AddSubmittedAuditAsync("op-2");
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);

        await tracker.TrackAsync(Op("op-2"), Start(), default);
        await waiter.WhenWaitingAsync("op-2");
        waiter.Finish("op-2", Op("op-2", "DONE", 100, "QUOTA_EXCEEDED"));
        await tracker.WhenLoopEndsAsync(Project, OperationScopes.Global, "op-2").WaitAsync(TimeSpan.FromSeconds(10));

        await using var db = await _database.CreateDbContextAsync();
        var audit = await db.AuditRecords.SingleAsync();
        Assert.Equal(AuditOutcome.Failed, audit.Outcome);
        Assert.Equal("QUOTA_EXCEEDED", audit.ErrorReasons);
        var progress = Assert.Single(tracker.GetSnapshot(Project, "op-2"));
        Assert.True(progress.Done);
        Assert.True(progress.Failed);
    }

    // What the operations page's refresh and the discovery of running operations pass: no request id, Compute's user.
    private static OperationStart SeenFirst() => new(Project, "console-automation@example.iam.gserviceaccount.com", null, null, ComputeIdentity.ServiceAccount);

    [Fact]
    public async Task TrackAsync_TrackedFirstWithoutItsRequest_TakesTheSubmittersRequestPersonAndAudit()
    {
        var auditId = await AddSubmittedAuditAsync("op-5");
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);
        var start = Start(auditId);

        await tracker.TrackAsync(Op("op-5"), SeenFirst(), default);
        await waiter.WhenWaitingAsync("op-5");
        var adopted = await tracker.TrackAsync(Op("op-5"), start, default);

        Assert.Equal(start.RequestId, adopted.RequestId);
        Assert.Equal(auditId, adopted.AuditRecordId);
        Assert.Equal("operator@example.com", Assert.Single(tracker.GetSnapshot(Project, "op-5")).User);

        // The loop that was already following it writes its progress and DONE without undoing that.
        waiter.Finish("op-5", Op("op-5", "DONE", 100));
        await tracker.WhenLoopEndsAsync(Project, OperationScopes.Global, "op-5").WaitAsync(TimeSpan.FromSeconds(10));
        await using var db = await _database.CreateDbContextAsync();
        var row = await db.TrackedOperations.SingleAsync();
        Assert.True(row.Done);
        Assert.Equal(start.RequestId, row.RequestId);
        Assert.Equal(auditId, row.AuditRecordId);
        Assert.Equal("operator@example.com", row.StartedBy);
        Assert.Equal(ComputeIdentity.ServiceAccount, row.IdentityMode); // the polling identity stays
        Assert.Equal(AuditOutcome.Succeeded, (await db.AuditRecords.SingleAsync()).Outcome);
    }

    [Fact]
    public async Task TrackAsync_AnotherInstanceTracksItBetweenTheLookAndTheInsert_TheSubmitterAdoptsItAndFollowsIt()
    {
        // Two instances on one database with real leases. B's operations page sees A's new operation in Compute's list and
        // tracks it (taking its lease) after A looked for a record and before A stored its own: A's insert is refused.
        var auditId = await AddSubmittedAuditAsync("op-7");
        var leaseOptions = Options.Create(new OperationLeaseOptions { Duration = TimeSpan.FromSeconds(9), ScanInterval = TimeSpan.FromSeconds(5) });
        var leasesA = new DatabaseOperationLeases(_database, "console-a", _time, leaseOptions);
        var leasesB = new DatabaseOperationLeases(_database, "console-b", _time, leaseOptions);
        var waiterA = new FakeOperationWaiter();
        var waiterB = new FakeOperationWaiter();
        await using var trackerB = NewTracker(waiterB, _database, leasesB);
        var racing = new BeforeFirstSave(_database, async () =>
        {
            await trackerB.TrackAsync(Op("op-7"), SeenFirst(), default);
            await waiterB.WhenWaitingAsync("op-7"); // B follows it: it holds the lease
        });
        await using var trackerA = NewTracker(waiterA, racing, leasesA);
        var start = Start(auditId);

        var tracked = await trackerA.TrackAsync(Op("op-7"), start, default);

        Assert.True(racing.Ran);
        Assert.Equal(start.RequestId, tracked.RequestId);
        await using (var db = await _database.CreateDbContextAsync())
        {
            var row = await db.TrackedOperations.SingleAsync();
            Assert.Equal((start.RequestId, auditId, "operator@example.com"), (row.RequestId, row.AuditRecordId, row.StartedBy));
            Assert.Equal("console-a", (await db.OperationLeases.SingleAsync()).Owner);
        }
        await waiterA.WhenWaitingAsync("op-7"); // the submitter follows its own operation

        // B's next renewal finds the lease taken and B stops following; A's renewal holds.
        _time.Advance(leasesB.RenewInterval);
        await trackerB.WhenLoopEndsAsync(Project, OperationScopes.Global, "op-7").WaitAsync(TimeSpan.FromSeconds(10));
        waiterA.Finish("op-7", Op("op-7", "DONE", 100));
        await trackerA.WhenLoopEndsAsync(Project, OperationScopes.Global, "op-7").WaitAsync(TimeSpan.FromSeconds(10));
        await using var done = await _database.CreateDbContextAsync();
        Assert.True((await done.TrackedOperations.SingleAsync()).Done);
        Assert.Equal(AuditOutcome.Succeeded, (await done.AuditRecords.SingleAsync()).Outcome);
    }

    /// <summary>The console database, with <paramref name="race"/> run once just before the first save of any context it gives.</summary>
    private sealed class BeforeFirstSave(TestDatabase database, Func<Task> race) : SaveChangesInterceptor, IDbContextFactory<ConsoleDbContext>
    {
        private int _ran;

        public bool Ran => _ran == 1;

        public ConsoleDbContext CreateDbContext()
            => new(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(database.ConnectionString).AddInterceptors(this).Options);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _ran, 1) == 0) await race();
            return result;
        }
    }

    [Fact]
    public async Task TrackAsync_DoneBeforeItsActionNamedIt_TheAuditStillGetsTheOutcome()
    {
        // The action's record is written before the call; Compute answers; another path tracks the operation and sees it
        // DONE before the action has put the operation's name on its record.
        var audit = new AuditLog(_database, _time);
        var record = await audit.AddAsync(new AuditRecord
        {
            ActorEmail = "operator@example.com", ActorRole = "Operator", Action = "machineImages.insert", Target = "nightly",
            Project = Project, RequestId = Guid.NewGuid(), Outcome = AuditOutcome.Pending,
        }, default);
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);
        await tracker.TrackAsync(Op("op-6"), SeenFirst(), default);
        await waiter.WhenWaitingAsync("op-6");
        waiter.Finish("op-6", Op("op-6", "DONE", 100));
        await tracker.WhenLoopEndsAsync(Project, OperationScopes.Global, "op-6").WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(AuditOutcome.Pending, (await audit.FindAsync(record.Id, default))!.Outcome);

        await audit.SetOutcomeAsync(record.Id, AuditOutcome.Submitted, "op-6", null, null, default);
        var adopted = await tracker.TrackAsync(Op("op-6"), new OperationStart(Project, "operator@example.com", record.RequestId, record.Id, ComputeIdentity.User), default);

        Assert.True(adopted.Done);
        Assert.Equal(record.Id, adopted.AuditRecordId);
        Assert.Equal(AuditOutcome.Succeeded, (await audit.FindAsync(record.Id, default))!.Outcome);
    }

    [Fact]
    public async Task TrackAsync_SameOperationTwice_TracksOneRowAndOneLoop()
    {
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);

        var first = await tracker.TrackAsync(Op("op-3"), Start(), default);
        var second = await tracker.TrackAsync(Op("op-3"), Start(), default);

        Assert.Equal(first.Id, second.Id);
        await using var db = await _database.CreateDbContextAsync();
        Assert.Equal(1, await db.TrackedOperations.CountAsync());
    }

    [Fact]
    public async Task ResumeAsync_AfterRestart_NewTrackerFinishesOperationFromDatabase()
    {
        var auditId = await AddSubmittedAuditAsync("op-4");
        var before = new FakeOperationWaiter();
        var first = NewTracker(before);
        await first.TrackAsync(Op("op-4", "RUNNING", 30), Start(auditId), default);
        await before.WhenWaitingAsync("op-4");
        await first.DisposeAsync(); // the console stops while the operation still runs

        var after = new FakeOperationWaiter();
        await using var second = NewTracker(after);
        var resumed = await second.ResumeAsync(default);
        await after.WhenWaitingAsync("op-4");
        var snapshot = Assert.Single(second.GetSnapshot(Project));
        after.Finish("op-4", Op("op-4", "DONE", 100));
        await second.WhenLoopEndsAsync(Project, OperationScopes.Global, "op-4").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, resumed);
        Assert.Equal(30, snapshot.ProgressPercent);
        Assert.Equal("operator@example.com", snapshot.User);
        await using var db = await _database.CreateDbContextAsync();
        Assert.True((await db.TrackedOperations.SingleAsync()).Done);
        Assert.Equal(AuditOutcome.Succeeded, (await db.AuditRecords.SingleAsync(r => r.Id == auditId)).Outcome);
        Assert.Equal(0, await NewTracker(new FakeOperationWaiter()).ResumeAsync(default));
    }

    [Fact]
    public async Task SubscribeAsync_ExistingOperation_GetsSnapshotFirstThenUpdates()
    {
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);
        await tracker.TrackAsync(Op("op-5", "RUNNING", 10), Start(), default);
        await tracker.TrackAsync(Op("other", "RUNNING", 50), Start(), default);
        await waiter.WhenWaitingAsync("op-5");

        await using var collector = new ProgressCollector(ct => tracker.SubscribeAsync(Project, "op-5", ct));
        await collector.WaitForAsync(items => items.Count >= 1);
        _time.Advance(TimeSpan.FromSeconds(1));
        waiter.Report("op-5", Op("op-5", "RUNNING", 60));
        waiter.Finish("op-5", Op("op-5", "DONE", 100));
        var items = await collector.WaitForAsync(items => items.Any(i => i.Done));

        Assert.All(items, i => Assert.Equal("op-5", i.OperationName));
        Assert.Equal([10, 60, 100], items.Select(i => i.ProgressPercent));
        Assert.Equal(TimeSpan.FromSeconds(1), items[1].Elapsed);
    }

    [Fact]
    public async Task SubscribeAsync_BurstOfUpdates_AtMostFourPerSecondAndDoneAlwaysDelivered()
    {
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);
        await tracker.TrackAsync(Op("op-6", "PENDING"), Start(), default);          // t = 0: the first state
        await waiter.WhenWaitingAsync("op-6");
        await using var collector = new ProgressCollector(ct => tracker.SubscribeAsync(Project, null, ct));
        await collector.WaitForAsync(items => items.Count == 1);                     // the snapshot: subscribed
        for (var p = 1; p <= 20; p++) waiter.Report("op-6", Op("op-6", "RUNNING", p)); // held back
        Assert.Single(collector.Items);

        _time.Advance(TimeSpan.FromMilliseconds(250));                                // t = 250: the latest (20)
        await collector.WaitForAsync(items => items.Count == 2);
        for (var p = 21; p <= 40; p++) waiter.Report("op-6", Op("op-6", "RUNNING", p));
        _time.Advance(TimeSpan.FromMilliseconds(100));                                // t = 350: still held
        for (var p = 41; p <= 45; p++) waiter.Report("op-6", Op("op-6", "RUNNING", p));
        _time.Advance(TimeSpan.FromMilliseconds(150));                                // t = 500: the latest (45)
        await collector.WaitForAsync(items => items.Count == 3);
        for (var p = 46; p <= 60; p++) waiter.Report("op-6", Op("op-6", "RUNNING", p)); // held back ...
        waiter.Finish("op-6", Op("op-6", "DONE", 100));                                // ... but DONE goes at once
        var items = await collector.WaitForAsync(items => items.Any(i => i.Done));
        _time.Advance(TimeSpan.FromSeconds(1));                                        // the dropped timer sends nothing more

        Assert.Equal([0, 20, 45, 100], collector.Items.Select(i => i.ProgressPercent));
        Assert.True(items[^1].Done);
        Assert.Equal("DONE", items[^1].Status);
    }

    [Fact]
    public async Task SubscribeAsync_OtherProject_ReceivesNothing()
    {
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);
        await using var other = new ProgressCollector(ct => tracker.SubscribeAsync("acme-dr", null, ct));
        await using var mine = new ProgressCollector(ct => tracker.SubscribeAsync(Project, null, ct));
        await Task.WhenAll(other.WaitForAsync(_ => true), mine.WaitForAsync(_ => true));

        await tracker.TrackAsync(Op("op-7"), Start(), default);
        await waiter.WhenWaitingAsync("op-7");
        waiter.Finish("op-7", Op("op-7", "DONE", 100));
        await mine.WaitForAsync(items => items.Any(i => i.Done));

        Assert.Empty(other.Items);
    }

    [Fact]
    public async Task WhenDoneAsync_ComputeStopsShowingTheOperation_ThrowsUnfollowedWithWhyInsteadOfWaitingForever()
    {
        var waiter = new FakeOperationWaiter();
        await using var tracker = NewTracker(waiter);
        await tracker.TrackAsync(Op("op-8"), Start(), default);
        await waiter.WhenWaitingAsync("op-8");
        var waiting = tracker.WhenDoneAsync(Project, "op-8", default);

        waiter.Fail("op-8", new MachineImagesConsole.Compute.Errors.ComputeApiException(System.Net.HttpStatusCode.Forbidden, "Required 'compute.globalOperations.get' permission",
            [new MachineImagesConsole.Compute.Errors.ComputeErrorItem("forbidden", "Required 'compute.globalOperations.get' permission")]));

        var error = await Assert.ThrowsAsync<OperationUnfollowedException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(error.Progress.Unfollowed);
        Assert.False(error.Progress.Done);
        Assert.Equal(["forbidden"], error.Progress.ErrorReasons);
        Assert.Contains("compute.globalOperations.get", error.Message, StringComparison.Ordinal);
        // A wait that starts afterwards learns the same at once.
        await Assert.ThrowsAsync<OperationUnfollowedException>(() => tracker.WhenDoneAsync(Project, "op-8", default).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task WhenDoneAsync_TrackerAlreadyStopped_ThrowsObjectDisposedAtOnceInsteadOfWaitingForever()
    {
        var waiter = new FakeOperationWaiter();
        var tracker = NewTracker(waiter);
        await tracker.TrackAsync(Op("op-9"), Start(), default);
        await waiter.WhenWaitingAsync("op-9");
        await tracker.DisposeAsync();

        // Known to this tracker (its last state is kept) and unknown to it (read from the database): both end at once.
        await Assert.ThrowsAsync<ObjectDisposedException>(() => tracker.WhenDoneAsync(Project, "op-9", default).WaitAsync(TimeSpan.FromSeconds(30)));
        await using var other = NewTracker(waiter);
        await other.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => other.WhenDoneAsync(Project, "op-9", default).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task WatchForPeer_WatchesWithoutBecomingALocalWatch_LocalWatchesChangedOnlyForLocalKeys()
    {
        await using var tracker = NewTracker(new FakeOperationWaiter());
        var changes = 0;
        tracker.LocalWatchesChanged += () => Interlocked.Increment(ref changes);

        using (tracker.WatchForPeer(Project, "op-p"))
        {
            Assert.True(tracker.IsWatched(Project, "op-p"));
            Assert.False(tracker.IsWatched(Project, "op-other"));
            Assert.Empty(tracker.LocalWatches()); // what peers asked for is never relayed back
        }
        Assert.False(tracker.IsWatched(Project, "op-p"));
        Assert.Equal(0, changes);

        var first = tracker.Watch(Project);
        var second = tracker.Watch(Project);
        Assert.Equal([(Project, (string?)null)], tracker.LocalWatches());
        Assert.True(tracker.IsWatched(Project, "op-other"));
        first.Dispose();
        Assert.Equal(1, changes); // the key came once; it goes with the last watcher
        second.Dispose();
        Assert.Equal(2, changes);
        Assert.Empty(tracker.LocalWatches());
    }
}
