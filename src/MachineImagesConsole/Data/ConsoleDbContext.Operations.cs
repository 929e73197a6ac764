using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

public sealed partial class ConsoleDbContext
{
    /// <summary>Compute operations the console follows until DONE (see <see cref="TrackedOperation"/>).</summary>
    public DbSet<TrackedOperation> TrackedOperations => Set<TrackedOperation>();
}
