using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

/// <summary>Writes audit records and their outcomes. Each call is its own short unit of work.</summary>
public sealed class AuditLog(IDbContextFactory<ConsoleDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>Adds a record and returns it with its id. <see cref="AuditRecord.Time"/> is set when left default.</summary>
    public async Task<AuditRecord> AddAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Time == default) record.Time = timeProvider.GetUtcNow();
        record.ActorEmail = record.ActorEmail.Trim().ToLowerInvariant();
        if (record.Outcome is not AuditOutcome.Pending) record.CompletedTime ??= record.Time;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>Records the outcome of one action.</summary>
    public async Task SetOutcomeAsync(
        long id,
        AuditOutcome outcome,
        string? operationName,
        IReadOnlyList<string>? errorReasons,
        string? errorMessage,
        CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var reasons = JoinReasons(errorReasons);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.AuditRecords
            .Where(r => r.Id == id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.OperationName, r => operationName ?? r.OperationName)
                .SetProperty(r => r.ErrorReasons, reasons)
                .SetProperty(r => r.ErrorMessage, errorMessage)
                .SetProperty(r => r.CompletedTime, now),
                cancellationToken);
    }

    /// <summary>
    /// Records how an operation ended on every record that submitted it (a retried submission with the
    /// same request id yields the same operation). Returns how many records changed.
    /// </summary>
    public async Task<int> CompleteOperationAsync(
        string project,
        string operationName,
        bool succeeded,
        IReadOnlyList<string>? errorReasons,
        string? errorMessage,
        CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var outcome = succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed;
        var reasons = JoinReasons(errorReasons);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRecords
            .Where(r => r.Project == project && r.OperationName == operationName
                && (r.Outcome == AuditOutcome.Submitted || r.Outcome == AuditOutcome.Pending))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.ErrorReasons, reasons)
                .SetProperty(r => r.ErrorMessage, errorMessage)
                .SetProperty(r => r.CompletedTime, now),
                cancellationToken);
    }

    /// <summary>Stores the request a Pending record is about to send (before it is sent).</summary>
    public async Task SetRequestAsync(long id, string requestJson, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.AuditRecords
            .Where(r => r.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.RequestJson, requestJson), cancellationToken);
    }

    /// <summary>Every record still Pending (an intent whose Compute call has not been settled), oldest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.AuditRecords.AsNoTracking().Where(r => r.Outcome == AuditOutcome.Pending).ToListAsync(cancellationToken);
        return [.. pending.OrderBy(r => r.Id)];
    }

    /// <summary>True when the console recorded an action that sent Compute this requestId (so the console submitted it).</summary>
    public async Task<bool> HasRequestAsync(Guid requestId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRecords.AsNoTracking().AnyAsync(r => r.RequestId == requestId, cancellationToken);
    }

    /// <summary>One record, or null.</summary>
    public async Task<AuditRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    internal static string? JoinReasons(IReadOnlyList<string>? reasons)
        => reasons is null || reasons.Count == 0 ? null : string.Join(", ", reasons.Distinct(StringComparer.Ordinal));

    /// <summary>Splits <see cref="AuditRecord.ErrorReasons"/> / <see cref="TrackedOperation.ErrorReasons"/> back into a list.</summary>
    public static IReadOnlyList<string> SplitReasons(string? reasons)
        => string.IsNullOrEmpty(reasons) ? [] : reasons.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
