using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Operations;

/// <summary>
/// Operation leases in the console database (table <c>OperationLeases</c>). Acquiring is one conditional UPDATE (the row
/// is this instance's, or expired) or one INSERT (no row yet; the primary key lets only one instance win), so two
/// instances never both own an operation while the database's clock of record, each instance's
/// <see cref="TimeProvider"/>, agrees within a fraction of <see cref="OperationLeaseOptions.Duration"/>.
/// </summary>
public sealed class DatabaseOperationLeases(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    string owner,
    TimeProvider time,
    IOptions<OperationLeaseOptions> options) : IOperationLeases
{
    private TimeSpan Duration => options.Value.Duration;

    public TimeSpan RenewInterval => Duration / 3;

    public TimeSpan ScanInterval => options.Value.ScanInterval;

    public Task<bool> TryAcquireAsync(long trackedOperationId, CancellationToken cancellationToken)
        => TakeAsync(trackedOperationId, fromAnyone: false, cancellationToken);

    public async Task ClaimAsync(long trackedOperationId, CancellationToken cancellationToken)
    {
        // Updated, or inserted; when another instance inserted the row in between, it is now there to update.
        if (!await TakeAsync(trackedOperationId, fromAnyone: true, cancellationToken)) await TakeAsync(trackedOperationId, fromAnyone: true, cancellationToken);
    }

    /// <summary>Updates the lease row to this instance (this instance's or expired, or any with <paramref name="fromAnyone"/>), or inserts it when there is none.</summary>
    private async Task<bool> TakeAsync(long trackedOperationId, bool fromAnyone, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expires = now + Duration;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var taken = await db.OperationLeases
            .Where(l => l.TrackedOperationId == trackedOperationId && (fromAnyone || l.Owner == owner || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, owner).SetProperty(l => l.AcquiredAt, now).SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        if (taken == 1) return true;
        if (await db.OperationLeases.AnyAsync(l => l.TrackedOperationId == trackedOperationId, cancellationToken)) return false;

        db.OperationLeases.Add(new OperationLease { TrackedOperationId = trackedOperationId, Owner = owner, AcquiredAt = now, ExpiresAt = expires });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted it first
        }
    }

    public async Task<bool> RenewAsync(long trackedOperationId, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow() + Duration;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.OperationLeases
            .Where(l => l.TrackedOperationId == trackedOperationId && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, expires), cancellationToken) == 1;
    }

    public async Task ReleaseAsync(long trackedOperationId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.OperationLeases.Where(l => l.TrackedOperationId == trackedOperationId && l.Owner == owner).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Open operations without a live lease: expired ones, and ones without a lease row for at least a lease
    /// <see cref="OperationLeaseOptions.Duration"/> since they were tracked. A row that is younger is being started by the
    /// instance that stored it (it takes the lease right after), so it is not taken from its submitter in that moment; if
    /// the submitter died then, the operation is taken over once it is that old, as a dead owner's would be.
    /// </summary>
    public async Task<IReadOnlyList<TrackedOperation>> FindOrphansAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.TrackedOperations.AsNoTracking()
            .Where(o => !o.Done && !db.OperationLeases.Any(l => l.TrackedOperationId == o.Id && l.ExpiresAt >= now))
            .Select(o => new { Operation = o, Leased = db.OperationLeases.Any(l => l.TrackedOperationId == o.Id) })
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(c => c.Leased || now - c.Operation.TrackedSince >= Duration).Select(c => c.Operation)];
    }

    public async Task<DateTimeOffset?> NextExpiryElsewhereAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var first = await db.OperationLeases.AsNoTracking()
            .Where(l => l.Owner != owner && l.ExpiresAt >= now && db.TrackedOperations.Any(o => o.Id == l.TrackedOperationId && !o.Done))
            .OrderBy(l => l.ExpiresAt)
            .Select(l => new { l.ExpiresAt })
            .FirstOrDefaultAsync(cancellationToken);
        return first?.ExpiresAt;
    }
}
