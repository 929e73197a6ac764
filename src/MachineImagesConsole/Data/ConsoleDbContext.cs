using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

/// <summary>
/// The console's own database (SQLite by default; PostgreSQL later). Partial: each feature adds its
/// DbSets in a file of its own, and its mapping as an <see cref="IEntityTypeConfiguration{TEntity}"/>.
/// </summary>
public sealed partial class ConsoleDbContext(DbContextOptions<ConsoleDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly);
}
