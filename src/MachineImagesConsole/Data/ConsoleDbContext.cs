using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MachineImagesConsole.Data;

/// <summary>
/// The console's own database (SQLite by default, PostgreSQL for several instances). Partial: each feature adds its
/// DbSets in a file of its own, and its mapping as an <see cref="IEntityTypeConfiguration{TEntity}"/>. Each provider
/// has its own migrations (<see cref="ProviderMigrationsAssembly"/>); add both with <c>scripts/add-migration.sh NAME</c>.
/// </summary>
public sealed partial class ConsoleDbContext(DbContextOptions<ConsoleDbContext> options) : DbContext(options)
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly);
}
