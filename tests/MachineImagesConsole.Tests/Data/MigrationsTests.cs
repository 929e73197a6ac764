using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Tests.Data;

public sealed class MigrationsTests
{
    private const string AddBoth = "run ./scripts/add-migration.sh <Name> (adds the SQLite and the PostgreSQL migration).";

    [Fact]
    public async Task Migrations_Sqlite_CoverTheWholeModel_NoPendingChanges()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.CreateDbContextAsync();

        // A feature that adds an entity without a migration fails here, not on a user's upgrade.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no SQLite migration covers: " + AddBoth);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.All(db.Database.GetMigrations(), id => Assert.DoesNotContain(id, PostgreSqlMigrationIds()));
    }

    [Fact]
    public void Migrations_PostgreSql_CoverTheWholeModel_NoPendingChanges()
    {
        // Comparing the model with PostgreSQL's snapshot opens no connection (the real database is in ScaleOut.Tests).
        using var db = PostgreSqlContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no PostgreSQL migration covers: " + AddBoth);
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Migrations_EachProvider_SeesOnlyItsOwnMigrations()
    {
        using var postgres = PostgreSqlContext();
        using var sqlite = new ConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.Empty(postgres.Database.GetMigrations().Intersect(sqlite.Database.GetMigrations()));
        Assert.Contains(sqlite.Database.GetMigrations(), id => id.EndsWith("_InitialSchema", StringComparison.Ordinal));
        Assert.Contains(postgres.Database.GetMigrations(), id => id.EndsWith("_InitialSchema", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Initializer_RunTwice_IsIdempotent()
    {
        await using var database = await TestDatabase.CreateAsync();

        await MachineImagesConsole.Data.DatabaseInitializer.InitializeAsync(database, CancellationToken.None);

        await using var db = await database.CreateDbContextAsync();
        Assert.Equal(0, await db.AuditRecords.CountAsync());
    }

    private static ConsoleDbContext PostgreSqlContext()
        => new(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql("Host=127.0.0.1;Database=never_opened").Options);

    private static List<string> PostgreSqlMigrationIds()
    {
        using var db = PostgreSqlContext();
        return db.Database.GetMigrations().ToList();
    }
}
