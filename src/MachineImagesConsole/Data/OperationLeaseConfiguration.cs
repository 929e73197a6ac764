using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class OperationLeaseConfiguration : IEntityTypeConfiguration<OperationLease>
{
    public void Configure(EntityTypeBuilder<OperationLease> builder)
    {
        builder.ToTable("OperationLeases");
        builder.HasKey(l => l.TrackedOperationId);
        builder.Property(l => l.TrackedOperationId).ValueGeneratedNever();
        builder.Property(l => l.Owner).HasMaxLength(80).IsRequired();
        builder.Property(l => l.AcquiredAt).HasConversion<UtcTicksConverter>();
        builder.Property(l => l.ExpiresAt).HasConversion<UtcTicksConverter>();
        builder.HasOne<TrackedOperation>().WithMany().HasForeignKey(l => l.TrackedOperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.ExpiresAt);
    }
}
