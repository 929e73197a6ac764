using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

public sealed partial class ConsoleDbContext
{
    /// <summary>Every action the console performed or refused (see <see cref="AuditRecord"/>).</summary>
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
}
