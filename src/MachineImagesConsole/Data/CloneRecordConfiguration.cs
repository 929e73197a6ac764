using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class CloneRecordConfiguration : IEntityTypeConfiguration<CloneRecord>
{
    public void Configure(EntityTypeBuilder<CloneRecord> builder)
    {
        builder.ToTable("SelfServiceClones");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RequestedBy).HasMaxLength(320).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(500).IsRequired();
        builder.Property(c => c.SourceProject).HasMaxLength(100).IsRequired();
        builder.Property(c => c.MachineImage).HasMaxLength(63).IsRequired();
        builder.Property(c => c.Project).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Zone).HasMaxLength(63).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(63).IsRequired();
        builder.Property(c => c.MachineType).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.OperationName).HasMaxLength(128);
        builder.Property(c => c.Error).HasMaxLength(1024);
        builder.Property(c => c.CreatedAt).HasConversion<UtcTicksConverter>();
        builder.Property(c => c.ExpiresAt).HasConversion<UtcTicksConverter>();
        builder.Property(c => c.DeletedAt).HasConversion<NullableUtcTicksConverter>();
        builder.HasIndex(c => new { c.Status, c.ExpiresAt });
    }
}
