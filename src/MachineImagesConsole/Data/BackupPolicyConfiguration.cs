using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class BackupPolicyConfiguration : IEntityTypeConfiguration<BackupPolicy>
{
    public void Configure(EntityTypeBuilder<BackupPolicy> builder)
    {
        builder.ToTable("BackupPolicies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(63).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(1024).IsRequired();
        builder.Property(p => p.Project).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Schedule).HasMaxLength(128).IsRequired();
        builder.Property(p => p.TimeZone).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Instances).HasMaxLength(8192).IsRequired();
        builder.Property(p => p.Selector).HasMaxLength(1024).IsRequired();
        builder.Property(p => p.StorageLocation).HasMaxLength(64);
        builder.Property(p => p.KmsKeyName).HasMaxLength(512);
        builder.Property(p => p.ImageDescription).HasMaxLength(2048);
        builder.Property(p => p.ExtraLabels).HasMaxLength(2048).IsRequired();
        builder.Property(p => p.NameTemplate).HasMaxLength(128).IsRequired();
        builder.Property(p => p.DrillSchedule).HasMaxLength(128);
        builder.Property(p => p.CreatedBy).HasMaxLength(320).IsRequired();
        builder.Property(p => p.CreatedAt).HasConversion<UtcTicksConverter>();
        builder.Property(p => p.UpdatedAt).HasConversion<UtcTicksConverter>();
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasIndex(p => p.Project);
    }
}
