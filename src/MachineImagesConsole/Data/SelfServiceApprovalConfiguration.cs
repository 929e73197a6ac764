using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class SelfServiceApprovalConfiguration : IEntityTypeConfiguration<SelfServiceApproval>
{
    public void Configure(EntityTypeBuilder<SelfServiceApproval> builder)
    {
        builder.ToTable("SelfServiceApprovals");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Project).HasMaxLength(100).IsRequired();
        builder.Property(a => a.MachineImage).HasMaxLength(63).IsRequired();
        builder.Property(a => a.ApprovedBy).HasMaxLength(320).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(500);
        builder.Property(a => a.ApprovedAt).HasConversion<UtcTicksConverter>();
        builder.HasIndex(a => new { a.Project, a.MachineImage }).IsUnique();
    }
}
