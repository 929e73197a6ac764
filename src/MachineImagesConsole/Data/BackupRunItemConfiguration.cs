using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class BackupRunItemConfiguration : IEntityTypeConfiguration<BackupRunItem>
{
    public void Configure(EntityTypeBuilder<BackupRunItem> builder)
    {
        builder.ToTable("BackupRunItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Instance).HasMaxLength(130).IsRequired();
        builder.Property(i => i.ImageName).HasMaxLength(63).IsRequired();
        builder.Property(i => i.ScheduledFor).HasConversion<UtcTicksConverter>();
        builder.Property(i => i.StartedAt).HasConversion<NullableUtcTicksConverter>();
        builder.Property(i => i.FinishedAt).HasConversion<NullableUtcTicksConverter>();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Reason).HasMaxLength(2048);
        builder.Property(i => i.OperationName).HasMaxLength(128);

        // One backup per (policy, instance, scheduled fire time): a re-fired trigger finds the row and makes no second image.
        builder.HasIndex(i => new { i.PolicyId, i.Instance, i.ScheduledFor }).IsUnique();
        builder.HasIndex(i => i.RequestId).IsUnique();
        builder.HasIndex(i => new { i.PolicyId, i.Instance, i.Status });
    }
}
