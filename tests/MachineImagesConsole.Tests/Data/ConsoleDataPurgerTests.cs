using System.Text.Json;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.Data;

/// <summary><c>Console:Retention</c>: what the purge deletes, what it keeps, and that it audits itself.</summary>
public sealed class ConsoleDataPurgerTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;
    private UserSessionStore _sessions = null!;
    private ConsoleDataPurger _purger = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _sessions = new UserSessionStore(_db, new EphemeralDataProtectionProvider(), _time);
        var options = new ConsoleOptions();
        options.Authentication.SessionIdleTimeout = TimeSpan.FromHours(8);
        _purger = new ConsoleDataPurger(_db, new AuditLog(_db, _time), new DatabaseReadiness(), Options.Create(options), _time, NullLogger<ConsoleDataPurger>.Instance);
    }

    [Fact]
    public async Task Purge_DeletesIdleSessionsOldOperationsAndOldAudit_KeepsTheRest_AndAuditsItself()
    {
        var idle = await _sessions.CreateAsync("sub-1", "idle@example.com", new UserSessionTokens("at-1", "rt-1", _time.GetUtcNow().AddHours(1)), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(7));
        var active = await _sessions.CreateAsync("sub-2", "active@example.com", new UserSessionTokens("at-2", "rt-2", _time.GetUtcNow().AddHours(1)), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2)); // idle: 9 h without use; active: 2 h
        var now = _time.GetUtcNow();
        await using (var db = await _db.CreateDbContextAsync())
        {
            db.TrackedOperations.AddRange(
                Tracked("old-done", done: true, ended: now.AddDays(-91)),
                Tracked("recent-done", done: true, ended: now.AddDays(-30)),
                Tracked("old-running", done: false, ended: null, since: now.AddDays(-200)));
            db.AuditRecords.AddRange(Audit("old", now.AddDays(-401)), Audit("year-old", now.AddDays(-366)));
            await db.SaveChangesAsync();
        }

        var result = await _purger.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(new ConsoleDataPurger.PurgeResult(1, 1, 1), result);
        Assert.False(await _sessions.ExistsAsync(idle, CancellationToken.None));
        Assert.Null(await _sessions.GetTokensAsync(idle, CancellationToken.None));
        Assert.True(await _sessions.ExistsAsync(active, CancellationToken.None));
        await using var after = await _db.CreateDbContextAsync();
        Assert.Equal(["old-running", "recent-done"], await after.TrackedOperations.Select(o => o.OperationName).OrderBy(n => n).ToListAsync());
        var audits = await after.AuditRecords.AsNoTracking().ToListAsync();
        Assert.DoesNotContain(audits, a => a.Target == "old");
        Assert.Contains(audits, a => a.Target == "year-old");
        var purge = Assert.Single(audits, a => a.Action == ConsoleDataPurger.PurgeAction);
        Assert.Equal(AuditOutcome.Succeeded, purge.Outcome);
        using var parameters = JsonDocument.Parse(purge.ParametersJson!);
        Assert.Equal(1, parameters.RootElement.GetProperty("sessions").GetInt32());
        Assert.Equal(1, parameters.RootElement.GetProperty("auditRecords").GetInt32());
    }

    [Fact]
    public async Task Purge_NothingToDelete_WritesNoAuditRecord()
    {
        var result = await _purger.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(0, result.Total);
        await using var db = await _db.CreateDbContextAsync();
        Assert.False(await db.AuditRecords.AnyAsync());
    }

    [Fact]
    public async Task Validate_KeepsAUsedSessionAlive()
    {
        var id = await _sessions.CreateAsync("sub-3", "used@example.com", new UserSessionTokens("at-3", null, _time.GetUtcNow().AddHours(1)), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(6));
        Assert.True(await _sessions.ValidateAsync(id, CancellationToken.None));
        _time.Advance(TimeSpan.FromHours(6)); // 12 h old, 6 h since last use

        await _purger.PurgeOnceAsync(CancellationToken.None);

        Assert.True(await _sessions.ExistsAsync(id, CancellationToken.None));
    }

    [Theory]
    [InlineData("364.00:00:00", "Console:Retention:AuditRecords")]
    [InlineData("-1.00:00:00", "Console:Retention:AuditRecords")]
    public void Validator_AuditShorterThanAYear_NamesTheKey(string period, string key)
    {
        var options = new ConsoleOptions();
        options.Retention.AuditRecords = TimeSpan.Parse(period, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains(ConsoleOptionsValidator.Check(options), f => f.StartsWith(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_AuditAtLeastAYear_OperationsNinetyDays()
    {
        var retention = new ConsoleRetentionOptions();

        Assert.True(retention.AuditRecords >= TimeSpan.FromDays(365));
        Assert.Equal(TimeSpan.FromDays(90), retention.TrackedOperations);
        Assert.DoesNotContain(ConsoleOptionsValidator.Check(new ConsoleOptions()), f => f.Contains("Retention", StringComparison.Ordinal));
    }

    private static TrackedOperation Tracked(string name, bool done, DateTimeOffset? ended, DateTimeOffset? since = null) => new()
    {
        Project = "acme-prod",
        OperationName = name,
        StartedBy = "admin@example.com",
        Done = done,
        Status = done ? "DONE" : "RUNNING",
        EndTime = ended,
        TrackedSince = since ?? ended ?? DateTimeOffset.UnixEpoch,
    };

    private static AuditRecord Audit(string target, DateTimeOffset time) => new()
    {
        Time = time,
        ActorEmail = "admin@example.com",
        ActorRole = "Admin",
        Action = "images.delete",
        Target = target,
        Project = "acme-prod",
        Outcome = AuditOutcome.Succeeded,
    };

    public void Dispose() => _purger.Dispose();

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
