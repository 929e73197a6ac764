using System.Collections.Concurrent;
using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.ScaleOut.Tests;

/// <summary>PostgreSQL's migrations applied to a real, empty PostgreSQL database (the snapshot check alone cannot see a migration that fails to apply).</summary>
public sealed class PostgreSqlMigrationsTests : IAsyncLifetime
{
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase_TwiceWithoutPendingOnes()
    {
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new Capture(logs)));
        var factory = new Factory(await _postgres.CreateDatabaseAsync("migrations"), loggers);

        await DatabaseInitializer.InitializeAsync(factory, CancellationToken.None);
        await DatabaseInitializer.InitializeAsync(factory, CancellationToken.None);

        // A first start on an empty database logs no error (EF's probe of a history table that is not there yet included).
        Assert.DoesNotContain(logs, l => l.Level >= LogLevel.Error);
        Assert.Contains(logs, l => l.Text.Contains("Applying migration", StringComparison.Ordinal));

        await using var db = factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.OperationLeases.CountAsync());
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
    }

    private sealed class Factory(string connectionString, ILoggerFactory loggers) : IDbContextFactory<ConsoleDbContext>
    {
        public ConsoleDbContext CreateDbContext() => new(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(connectionString).UseLoggerFactory(loggers).Options);
    }

    private sealed class Capture(ConcurrentQueue<(LogLevel Level, string Text)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(logs);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel Level, string Text)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => logs.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
