using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class ProtectionRecordConfiguration : IEntityTypeConfiguration<ProtectionRecord>
{
    public void Configure(EntityTypeBuilder<ProtectionRecord> builder)
    {
        builder.ToTable("ProtectedResources");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Project).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Collection).HasMaxLength(32).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(63).IsRequired();
        builder.Property(p => p.ProtectedBy).HasMaxLength(320).IsRequired();
        builder.Property(p => p.Reason).HasMaxLength(512);
        builder.Property(p => p.ProtectedAt).HasConversion<UtcTicksConverter>();
        builder.HasIndex(p => new { p.Project, p.Collection, p.Name }).IsUnique();
    }
}
