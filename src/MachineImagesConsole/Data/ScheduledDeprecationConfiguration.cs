using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class ScheduledDeprecationConfiguration : IEntityTypeConfiguration<ScheduledDeprecation>
{
    public void Configure(EntityTypeBuilder<ScheduledDeprecation> builder)
    {
        builder.ToTable("ScheduledDeprecations");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Project).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Image).HasMaxLength(63).IsRequired();
        builder.Property(s => s.State).HasMaxLength(16).IsRequired();
        builder.Property(s => s.Replacement).HasMaxLength(1024);
        builder.Property(s => s.ScheduledBy).HasMaxLength(320).IsRequired();
        builder.Property(s => s.ScheduledByRole).HasMaxLength(32).IsRequired();
        builder.Property(s => s.Error).HasMaxLength(1024);
        builder.Property(s => s.DueAt).HasConversion<UtcTicksConverter>();
        builder.Property(s => s.ScheduledAt).HasConversion<UtcTicksConverter>();
        builder.Property(s => s.CompletedAt).HasConversion<NullableUtcTicksConverter>();
        builder.HasIndex(s => s.DueAt);
    }
}
