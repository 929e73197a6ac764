using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;

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
        var factory = new Factory(await _postgres.CreateDatabaseAsync("migrations"));

        await DatabaseInitializer.InitializeAsync(factory, CancellationToken.None);
        await DatabaseInitializer.InitializeAsync(factory, CancellationToken.None);

        await using var db = factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.OperationLeases.CountAsync());
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<ConsoleDbContext>
    {
        public ConsoleDbContext CreateDbContext() => new(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(connectionString).Options);
    }
}
