using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>
/// LocalCloud's SQLite store: Compute resources, operations, request ids, IAM policies, serial output, and
/// OpenIddict's applications/tokens. It is a disposable emulator store created with <c>EnsureCreated</c>
/// (no migrations); <c>ResetOnStart</c> or <c>POST /localcloud/reset</c> deletes and recreates it.
/// </summary>
public sealed class LocalCloudDbContext(DbContextOptions<LocalCloudDbContext> options) : DbContext(options)
{
    public DbSet<ResourceRecord> Resources => Set<ResourceRecord>();

    public DbSet<OperationRecord> Operations => Set<OperationRecord>();

    public DbSet<RequestIdRecord> RequestIds => Set<RequestIdRecord>();

    public DbSet<IamPolicyRecord> IamPolicies => Set<IamPolicyRecord>();

    public DbSet<SerialOutputRecord> SerialOutputs => Set<SerialOutputRecord>();

    public DbSet<RateEventRecord> RateEvents => Set<RateEventRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ResourceRecord>(e =>
        {
            e.HasKey(r => r.Key);
            e.HasIndex(r => new { r.Project, r.Collection, r.Scope });
            e.HasIndex(r => r.Id);
        });
        modelBuilder.Entity<OperationRecord>(e =>
        {
            e.HasKey(o => o.Key);
            e.HasIndex(o => new { o.Project, o.Scope });
            e.HasIndex(o => o.Done);
        });
        modelBuilder.Entity<RequestIdRecord>(e => e.HasKey(r => new { r.Project, r.RequestId }));
        modelBuilder.Entity<IamPolicyRecord>(e => e.HasKey(p => p.ResourceKey));
        modelBuilder.Entity<SerialOutputRecord>(e => e.HasKey(s => s.InstanceKey));
        modelBuilder.Entity<RateEventRecord>(e => e.HasIndex(r => new { r.Subject, r.Ticks }));
    }
}
