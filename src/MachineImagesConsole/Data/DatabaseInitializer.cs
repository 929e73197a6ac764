using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Data;

/// <summary>
/// Creates the console database's schema when the host starts, before anything reads it: in
/// <see cref="IHostedLifecycleService.StartingAsync"/>, which the host runs for every hosted service before any
/// <see cref="IHostedService.StartAsync"/> (Data Protection's key-ring loader, Quartz, the trackers), and it is
/// registered first as well. The host does not start if the database cannot be opened.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    DatabaseReadiness readiness,
    ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    private readonly Lock _gate = new();
    private Task? _initialized;

    public Task StartingAsync(CancellationToken cancellationToken) => EnsureInitializedAsync(cancellationToken);

    /// <summary>Nothing left to do when <see cref="StartingAsync"/> ran (a host that only calls StartAsync still migrates).</summary>
    public Task StartAsync(CancellationToken cancellationToken) => EnsureInitializedAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return _initialized ??= InitializeOnceAsync(cancellationToken);
    }

    private async Task InitializeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(contextFactory, cancellationToken);
            readiness.MarkReady();
        }
        catch (Exception ex)
        {
            logger.LogCritical(ex, "The console database could not be initialized.");
            readiness.MarkFailed(ex);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies the EF Core migrations in Data/Migrations (and, for SQLite, turns on write-ahead logging). Safe to call more than once.</summary>
    public static async Task InitializeAsync(IDbContextFactory<ConsoleDbContext> contextFactory, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            if (!string.IsNullOrEmpty(builder.DataSource) && builder.Mode != SqliteOpenMode.Memory
                && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (!db.Database.IsSqlite())
        {
            // On an empty PostgreSQL database EF would first read a history table that is not there yet, and log that
            // failed SELECT as an error; with the table made first, a first start logs no error.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
