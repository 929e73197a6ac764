using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class RetentionRuleConfiguration : IEntityTypeConfiguration<RetentionRule>
{
    public void Configure(EntityTypeBuilder<RetentionRule> builder)
    {
        builder.ToTable("RetentionRules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Project).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Collection).HasMaxLength(32).IsRequired();
        builder.Property(r => r.NamePrefix).HasMaxLength(63);
        builder.Property(r => r.LabelKey).HasMaxLength(63);
        builder.Property(r => r.LabelValue).HasMaxLength(63);
        builder.Property(r => r.SourceInstance).HasMaxLength(63);
        builder.Property(r => r.CreatedBy).HasMaxLength(320).IsRequired();
        builder.Property(r => r.CreatedAt).HasConversion<UtcTicksConverter>();
        builder.Property(r => r.LastRunAt).HasConversion<NullableUtcTicksConverter>();
        builder.HasIndex(r => r.Project);
    }
}
