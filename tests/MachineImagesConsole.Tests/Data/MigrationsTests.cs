using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Tests.Data;

public sealed class MigrationsTests
{
    [Fact]
    public async Task Migrations_CoverTheWholeModel_NoPendingChanges()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.CreateDbContextAsync();

        // A feature that adds an entity without 'dotnet ef migrations add' fails here, not on a user's upgrade.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration covers: run dotnet ef migrations add <Name> --project src/MachineImagesConsole --output-dir Data/Migrations.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Initializer_RunTwice_IsIdempotent()
    {
        await using var database = await TestDatabase.CreateAsync();

        await MachineImagesConsole.Data.DatabaseInitializer.InitializeAsync(database, CancellationToken.None);

        await using var db = await database.CreateDbContextAsync();
        Assert.Equal(0, await db.AuditRecords.CountAsync());
    }
}
