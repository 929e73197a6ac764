using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class BackupRunConfiguration : IEntityTypeConfiguration<BackupRun>
{
    public void Configure(EntityTypeBuilder<BackupRun> builder)
    {
        builder.ToTable("BackupRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.PolicyName).HasMaxLength(63).IsRequired();
        builder.Property(r => r.Project).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ScheduledFor).HasConversion<UtcTicksConverter>();
        builder.Property(r => r.StartedAt).HasConversion<UtcTicksConverter>();
        builder.Property(r => r.FinishedAt).HasConversion<NullableUtcTicksConverter>();
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RequestedBy).HasMaxLength(320).IsRequired();
        builder.Property(r => r.Notes).HasMaxLength(4096);
        builder.Property(r => r.RetentionSummary).HasMaxLength(4096);
        builder.Property(r => r.Instance).HasMaxLength(130);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PolicyId, r.ScheduledFor }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.StartedAt });
    }
}
