using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

public sealed partial class ConsoleDbContext
{
    /// <summary>Restore drills and their phase timings (see <see cref="DrillRun"/>).</summary>
    public DbSet<DrillRun> DrillRuns => Set<DrillRun>();

    /// <summary>Machine images approved for help-desk self-service.</summary>
    public DbSet<SelfServiceApproval> SelfServiceApprovals => Set<SelfServiceApproval>();

    /// <summary>Help-desk self-service clones and their expiry.</summary>
    public DbSet<CloneRecord> CloneRecords => Set<CloneRecord>();
}
