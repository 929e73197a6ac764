using System.Data.Common;
using System.Net;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Operations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Pipeline;

/// <summary>
/// How often one operation's audit row is written, counted at the database: created Pending, the request stored on it
/// before the wire, Submitted with the operation's name, and its outcome once, at DONE (through the completion hook) —
/// not again when the same DONE is seen a second time (a resumed or second tracker).
/// </summary>
public sealed class AuditWritesTests : IAsyncLifetime
{
    private const string Project = "acme-prod";
    private TestDatabase _database = null!;
    private CountingFactory _counted = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _counted = new CountingFactory(_database.Folder);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OperationToDone_AuditRowWrittenFourTimes_OutcomeOnceAtTheEnd()
    {
        using var handler = new FakeComputeHandler(_ => Task.FromResult(
            FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson("operation-1", "RUNNING"))));
        var waiter = new FakeOperationWaiter();
        var audit = new AuditLog(_counted, TimeProvider.System);
        var cache = new ComputeListCache(TimeProvider.System, Options.Create(new ComputeSessionOptions()));
        var tracker = new OperationTracker(_counted, waiter, [new OperationCompletion(audit, cache)], TimeProvider.System,
            Options.Create(new OperationTrackingOptions()), NullLogger<OperationTracker>.Instance);
        await using (tracker)
        {
            var services = new ServiceCollection()
                .AddSingleton<IAccessTokenProvider>(new DelegateAccessTokenProvider(_ => ValueTask.FromResult("user-token")))
                .BuildServiceProvider();
            var auth = new FakeAuthenticationStateProvider(TestUsers.Operator);
            var session = new ComputeSession(services, new FakeComputeClientFactory(handler), auth, cache, Options.Create(new ComputeSessionOptions()));
            var pipeline = new MutationPipeline(auth, TestUsers.AuthorizationService(), audit, session, tracker, cache,
                new MutationJournal(audit, new StoredRequestProtection(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider())), NullLogger<MutationPipeline>.Instance);

            var result = await pipeline.ExecuteAsync(MutationCommand.ForOperation(
                ConsoleActions.MachineImagesInsert, Project, "nightly", new { name = "nightly" },
                (client, requestId, ct) => client.MachineImages.InsertAsync(Project, new MachineImage { Name = "nightly" }, "zones/us-central1-a/instances/web-1", requestId, ct)), default);
            Assert.Equal(MutationOutcome.Submitted, result.Outcome);
            await waiter.WhenWaitingAsync("operation-1");
            waiter.Finish("operation-1", new OperationSnapshot { Name = "operation-1", Scope = OperationScopes.Global, Status = "DONE", Progress = 100 });
            await tracker.WhenDoneAsync(Project, "operation-1", default).WaitAsync(TimeSpan.FromSeconds(30));
            await tracker.WhenLoopEndsAsync(Project, OperationScopes.Global, "operation-1").WaitAsync(TimeSpan.FromSeconds(30));
        }

        // The same DONE seen again by a tracker started later (e.g. after a restart): no further write.
        var again = new OperationTracker(_counted, new FakeOperationWaiter(),
            [new OperationCompletion(new AuditLog(_counted, TimeProvider.System), new ComputeListCache(TimeProvider.System, Options.Create(new ComputeSessionOptions())))],
            TimeProvider.System, Options.Create(new OperationTrackingOptions()), NullLogger<OperationTracker>.Instance);
        await using (again)
        {
            Assert.Equal(0, await again.ResumeAsync(default));
            Assert.True((await again.WhenDoneAsync(Project, "operation-1", default).WaitAsync(TimeSpan.FromSeconds(30))).Done);
        }

        Assert.Equal(["insert", "update RequestJson", "update Outcome", "update Outcome"], _counted.AuditWrites);
        await using var db = await _database.CreateDbContextAsync();
        var record = await db.AuditRecords.SingleAsync();
        Assert.Equal(AuditOutcome.Succeeded, record.Outcome);
        Assert.Equal("operation-1", record.OperationName);
        Assert.NotNull(record.CompletedTime);
    }

    /// <summary>The console database, with every command that writes the AuditRecords table recorded.</summary>
    private sealed class CountingFactory(string folder) : DbCommandInterceptor, IDbContextFactory<ConsoleDbContext>
    {
        private readonly List<string> _writes = [];
        private readonly DbContextOptions<ConsoleDbContext> _options = new DbContextOptionsBuilder<ConsoleDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "console.db") }.ToString())
            .Options;

        public IReadOnlyList<string> AuditWrites
        {
            get { lock (_writes) return [.. _writes]; }
        }

        public ConsoleDbContext CreateDbContext()
            => new(new DbContextOptionsBuilder<ConsoleDbContext>(_options).AddInterceptors(this).Options);

        public Task<ConsoleDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Record(string sql)
        {
            var text = sql.TrimStart();
            string? write = null;
            if (text.StartsWith("INSERT INTO \"AuditRecords\"", StringComparison.Ordinal)) write = "insert";
            else if (text.StartsWith("UPDATE \"AuditRecords\"", StringComparison.Ordinal))
                write = text.Contains("\"Outcome\" =", StringComparison.Ordinal) ? "update Outcome"
                    : text.Contains("\"RequestJson\" =", StringComparison.Ordinal) ? "update RequestJson" : "update";
            if (write is null) return;
            lock (_writes) _writes.Add(write);
        }
    }
}
