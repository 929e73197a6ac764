using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Time).HasConversion<UtcTicksConverter>();
        builder.Property(r => r.CompletedTime).HasConversion<NullableUtcTicksConverter>();
        builder.Property(r => r.ActorEmail).HasMaxLength(320).IsRequired();
        builder.Property(r => r.ActorRole).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Action).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Target).HasMaxLength(1024).IsRequired();
        builder.Property(r => r.Project).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ErrorReasons).HasMaxLength(1024);
        builder.Property(r => r.OperationName).HasMaxLength(128);
        builder.Property(r => r.Identity).HasConversion<string>().HasMaxLength(16);

        builder.HasIndex(r => r.Outcome);

        builder.HasIndex(r => r.Time);
        builder.HasIndex(r => new { r.Project, r.Time });
        builder.HasIndex(r => new { r.ActorEmail, r.Time });
        builder.HasIndex(r => r.RequestId);
        builder.HasIndex(r => new { r.Project, r.OperationName });
    }
}
