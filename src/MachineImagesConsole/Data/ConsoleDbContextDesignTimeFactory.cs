using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MachineImagesConsole.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --project src/MachineImagesConsole</c> build the model without starting the
/// console (which would start LocalCloud). The SQLite file named here is never written by the tool.
/// </summary>
internal sealed class ConsoleDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ConsoleDbContext>
{
    public ConsoleDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
