using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

public sealed partial class ConsoleDbContext
{
    /// <summary>Which instance follows each open tracked operation (see <see cref="OperationLease"/>).</summary>
    public DbSet<OperationLease> OperationLeases => Set<OperationLease>();
}
