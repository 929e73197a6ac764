using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.Operations;

/// <summary>
/// The take-over timing of <see cref="DatabaseOperationLeases"/> and <see cref="OperationLeaseMonitor"/> on a real
/// (SQLite) console database with two instances' leases and a fake clock: the other instance looks again exactly when
/// the lease of the owner's last renewal runs out, and can take it then and not before.
/// </summary>
public sealed class OperationLeaseTakeoverTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(9);
    private static readonly TimeSpan Scan = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task OwnerStopsRenewing_OtherInstanceLooksAtTheExpiryOfTheLastRenewal_AndTakesItThen()
    {
        await using var database = await TestDatabase.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var a = Leases(database, "console-a", time);
        var b = Leases(database, "console-b", time);
        var operation = await AddOperationAsync(database, time);

        Assert.True(await a.TryAcquireAsync(operation, default));
        Assert.Equal(time.GetUtcNow() + Duration, await b.NextExpiryElsewhereAsync(default));
        Assert.Null(await a.NextExpiryElsewhereAsync(default)); // its own lease is not "elsewhere"

        time.Advance(a.RenewInterval);
        Assert.True(await a.RenewAsync(operation, default));
        var lastRenewal = time.GetUtcNow();
        var expiry = await b.NextExpiryElsewhereAsync(default);
        Assert.Equal(lastRenewal + Duration, expiry);

        // A dies here. B's next look is at the expiry (not a whole scan interval later), and not a moment before it.
        time.Advance(TimeSpan.FromSeconds(1));
        var look = OperationLeaseMonitor.NextLook(time.GetUtcNow(), expiry, Duration);
        Assert.Equal(expiry!.Value - time.GetUtcNow() + OperationLeaseMonitor.ExpiryMargin, look);
        time.Advance(look - OperationLeaseMonitor.ExpiryMargin - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await b.FindOrphansAsync(default));
        Assert.False(await b.TryAcquireAsync(operation, default));

        time.Advance(OperationLeaseMonitor.ExpiryMargin + TimeSpan.FromMilliseconds(1));
        Assert.Equal(lastRenewal + Duration + OperationLeaseMonitor.ExpiryMargin, time.GetUtcNow());
        Assert.Equal([operation], (await b.FindOrphansAsync(default)).Select(o => o.Id));
        Assert.True(await b.TryAcquireAsync(operation, default));
        Assert.False(await a.RenewAsync(operation, default)); // A (were it alive) has lost it
        Assert.Null(await b.NextExpiryElsewhereAsync(default));
    }

    [Fact]
    public async Task JustTrackedWithoutALeaseYet_IsNotAnOrphan_UntilALeaseDurationOld()
    {
        // Instance A stored the operation and is about to take its lease: B must not take it in that moment.
        await using var database = await TestDatabase.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var b = Leases(database, "console-b", time);
        var operation = await AddOperationAsync(database, time);

        Assert.Empty(await b.FindOrphansAsync(default));
        time.Advance(Duration - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await b.FindOrphansAsync(default));
        time.Advance(TimeSpan.FromMilliseconds(1)); // A died before taking it: B takes it over, as a dead owner's
        Assert.Equal([operation], (await b.FindOrphansAsync(default)).Select(o => o.Id));
    }

    [Fact]
    public async Task Claim_TakesTheLeaseFromALiveOwner_OrStoresItWhenThereIsNone()
    {
        await using var database = await TestDatabase.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var a = Leases(database, "console-a", time);
        var b = Leases(database, "console-b", time);
        var held = await AddOperationAsync(database, time);
        var free = await AddOperationAsync(database, time, "operation-2");

        Assert.True(await b.TryAcquireAsync(held, default));
        Assert.False(await a.TryAcquireAsync(held, default)); // live: not taken without a claim
        await a.ClaimAsync(held, default);
        Assert.False(await b.RenewAsync(held, default));
        Assert.True(await a.RenewAsync(held, default));

        await a.ClaimAsync(free, default);
        Assert.False(await b.TryAcquireAsync(free, default));
        await using var db = database.CreateDbContext();
        Assert.All(await db.OperationLeases.ToListAsync(), l => Assert.Equal(("console-a", time.GetUtcNow() + Duration), (l.Owner, l.ExpiresAt)));
    }

    [Theory]
    [InlineData(null, 5_000)]          // no lease elsewhere: the periodic scan
    [InlineData(2_000, 2_020)]         // a lease runs out in 2 s: look just after it
    [InlineData(60_000, 5_000)]        // far away: the scan comes first
    [InlineData(-3_000, 20)]           // already past (being taken): look again soon, never in a tight loop
    public void NextLook_IsTheExpiryPlusMargin_CappedByTheScanInterval(int? expiresInMs, int expectedMs)
    {
        var now = new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
        DateTimeOffset? expiry = expiresInMs is { } ms ? now.AddMilliseconds(ms) : null;

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), OperationLeaseMonitor.NextLook(now, expiry, Scan));
    }

    private static DatabaseOperationLeases Leases(TestDatabase database, string owner, TimeProvider time)
        => new(database, owner, time, Options.Create(new OperationLeaseOptions { Duration = Duration, ScanInterval = Scan }));

    private static async Task<long> AddOperationAsync(TestDatabase database, TimeProvider time, string name = "operation-1")
    {
        await using var db = database.CreateDbContext();
        var tracked = new TrackedOperation { Project = "acme-prod", OperationName = name, StartedBy = "operator@example.com", Status = "RUNNING", TrackedSince = time.GetUtcNow() };
        db.TrackedOperations.Add(tracked);
        await db.SaveChangesAsync();
        return tracked.Id;
    }
}
