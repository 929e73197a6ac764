using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

public sealed partial class ConsoleDbContext
{
    /// <summary>Backup policies (made in the UI or declared in configuration).</summary>
    public DbSet<BackupPolicy> BackupPolicies => Set<BackupPolicy>();

    /// <summary>Runs of backup policies (the run history).</summary>
    public DbSet<BackupRun> BackupRuns => Set<BackupRun>();

    /// <summary>Per-instance outcomes of backup runs.</summary>
    public DbSet<BackupRunItem> BackupRunItems => Set<BackupRunItem>();
}
