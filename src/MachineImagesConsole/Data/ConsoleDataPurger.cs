using System.Text.Json;
using MachineImagesConsole.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Data;

/// <summary>
/// Applies <c>Console:Retention</c> once shortly after start and then every <see cref="ConsoleRetentionOptions.PurgeInterval"/>:
/// sign-in sessions idle for longer than <c>Authentication:SessionIdleTimeout</c> (their cookies cannot be used any more)
/// are deleted with their protected tokens; finished tracked operations and audit records older than their periods are
/// deleted. Every purge that deleted something is itself audited (<see cref="PurgeAction"/>, actor <see cref="Actor"/>).
/// </summary>
public sealed partial class ConsoleDataPurger(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    AuditLog audit,
    DatabaseReadiness readiness,
    IOptions<ConsoleOptions> options,
    TimeProvider time,
    ILogger<ConsoleDataPurger> logger) : BackgroundService
{
    public const string PurgeAction = "console.retention.purge";
    public const string Actor = "console";

    /// <summary>What one purge deleted.</summary>
    public sealed record PurgeResult(int Sessions, int TrackedOperations, int AuditRecords)
    {
        public int Total => Sessions + TrackedOperations + AuditRecords;
    }

    /// <summary>Runs the retention rules once; returns what was deleted.</summary>
    public async Task<PurgeResult> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var retention = options.Value.Retention;
        var sessionsBefore = now - options.Value.Authentication.SessionIdleTimeout;
        var operationsBefore = now - retention.TrackedOperations;
        var auditBefore = now - retention.AuditRecords;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A session's tokens are stored protected on its row: deleting the row deletes them.
        var purgedSessions = await db.UserSessions.Where(s => s.UpdatedAt < sessionsBefore).ExecuteDeleteAsync(cancellationToken);
        // A finished operation's age counts from its end (or, without one, from when the console started tracking it).
        var purgedOperations = await db.TrackedOperations
            .Where(o => o.Done && ((o.EndTime != null && o.EndTime < operationsBefore) || (o.EndTime == null && o.TrackedSince < operationsBefore)))
            .ExecuteDeleteAsync(cancellationToken);
        var purgedAudit = await db.AuditRecords.Where(a => a.Time < auditBefore).ExecuteDeleteAsync(cancellationToken);
        var result = new PurgeResult(purgedSessions, purgedOperations, purgedAudit);
        if (result.Total > 0)
        {
            await audit.AddAsync(new AuditRecord
            {
                ActorEmail = Actor,
                ActorRole = Actor,
                Action = PurgeAction,
                Target = "console data",
                Project = "-",
                Outcome = AuditOutcome.Succeeded,
                CompletedTime = now,
                ParametersJson = JsonSerializer.Serialize(new
                {
                    sessions = purgedSessions,
                    sessionsIdleSince = sessionsBefore,
                    trackedOperations = purgedOperations,
                    trackedOperationsEndedBefore = operationsBefore,
                    auditRecords = purgedAudit,
                    auditRecordsBefore = auditBefore,
                }),
            }, cancellationToken);
            LogPurged(purgedSessions, purgedOperations, purgedAudit);
        }
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            await Task.Delay(TimeSpan.FromSeconds(30), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await PurgeOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
                {
                    LogFailed(e);
                }
                await Task.Delay(options.Value.Retention.PurgeInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge deleted {Sessions} expired sessions, {Operations} tracked operations and {AuditRecords} audit records.")]
    private partial void LogPurged(int sessions, int operations, int auditRecords);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention purge failed; it runs again at the next interval.")]
    private partial void LogFailed(Exception error);
}
