using System.Collections.Concurrent;
using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task DrillRequest_OnPostgreSqlWithItsRetryingStrategy_IsStoredWithItsVmNameInOneTransaction()
    {
        // The scheduler's transaction goes through the provider's execution strategy: PostgreSQL's retrying one refuses a
        // transaction started outside it.
        var connectionString = await _postgres.CreateDatabaseAsync("drills");
        var factory = new ProviderFactory(connectionString);
        await DatabaseInitializer.InitializeAsync(factory, CancellationToken.None);
        var authorization = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddLogging()
            .AddAuthorizationCore(o => o.AddPolicy(MachineImagesConsole.Authentication.ConsolePolicies.Operate, p => p.RequireClaim(MachineImagesConsole.Authentication.ConsoleRoles.ClaimType, MachineImagesConsole.Authentication.ConsoleRoles.Operator)))
            .BuildServiceProvider().GetRequiredService<Microsoft.AspNetCore.Authorization.IAuthorizationService>();
        var scheduler = new MachineImagesConsole.Model.Drills.DrillScheduler(factory, authorization,
            Microsoft.Extensions.Options.Options.Create(new MachineImagesConsole.Model.Drills.DrillOptions()), new MachineImagesConsole.Model.Drills.DrillQueue(), TimeProvider.System);
        var person = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim("email", "operator@example.com"), new System.Security.Claims.Claim(MachineImagesConsole.Authentication.ConsoleRoles.ClaimType, MachineImagesConsole.Authentication.ConsoleRoles.Operator)], "test"));

        var run = await scheduler.RequestAsync(new MachineImagesConsole.Model.Drills.DrillRequest { SourceProject = "acme-prod", MachineImage = "web-1-nightly" }, person, default);

        await using var db = factory.CreateDbContext();
        var stored = await db.DrillRuns.AsNoTracking().SingleAsync();
        Assert.Equal(run.Id, stored.Id);
        Assert.Equal($"drill-{run.Id}-web-1-nightly", stored.VmName);
    }

    private sealed class ProviderFactory(string connectionString) : IDbContextFactory<ConsoleDbContext>
    {
        public ConsoleDbContext CreateDbContext()
        {
            var builder = new DbContextOptionsBuilder<ConsoleDbContext>();
            ConsoleDataServiceCollectionExtensions.UseProvider(builder, new ConsoleDataOptions { Provider = ConsoleDataOptions.PostgreSqlProvider }, connectionString);
            return new(builder.Options);
        }
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
