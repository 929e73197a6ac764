using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MachineImagesConsole.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --project src/MachineImagesConsole</c> build the model without starting the
/// console (which would start LocalCloud). SQLite by default; <c>-- --provider PostgreSQL</c> builds PostgreSQL's
/// model (see <c>scripts/add-migration.sh</c>, which adds both). Neither database is opened by the tool.
/// </summary>
internal sealed class ConsoleDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ConsoleDbContext>
{
    public ConsoleDbContext CreateDbContext(string[] args)
    {
        var postgres = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() is { } provider
            && string.Equals(provider, ConsoleDataOptions.PostgreSqlProvider, StringComparison.OrdinalIgnoreCase);
        var builder = new DbContextOptionsBuilder<ConsoleDbContext>();
        var options = postgres
            ? builder.UseNpgsql("Host=localhost;Database=design_time").Options
            : builder.UseSqlite("Data Source=design-time.db").Options;
        return new ConsoleDbContext(options);
    }
}
