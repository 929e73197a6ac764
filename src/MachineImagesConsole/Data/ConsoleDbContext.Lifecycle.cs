using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

public sealed partial class ConsoleDbContext
{
    /// <summary>Images and machine images an Admin marked protected.</summary>
    public DbSet<ProtectionRecord> ProtectedResources => Set<ProtectionRecord>();

    /// <summary>Retention clean-up rules.</summary>
    public DbSet<RetentionRule> RetentionRules => Set<RetentionRule>();

    /// <summary>Deprecation state changes waiting for their date.</summary>
    public DbSet<ScheduledDeprecation> ScheduledDeprecations => Set<ScheduledDeprecation>();
}
