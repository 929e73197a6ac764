using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class TrackedOperationConfiguration : IEntityTypeConfiguration<TrackedOperation>
{
    public void Configure(EntityTypeBuilder<TrackedOperation> builder)
    {
        builder.ToTable("TrackedOperations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Project).HasMaxLength(100).IsRequired();
        builder.Property(o => o.Scope).HasMaxLength(80).IsRequired();
        builder.Property(o => o.OperationName).HasMaxLength(128).IsRequired();
        builder.Property(o => o.StartedBy).HasMaxLength(320).IsRequired();
        builder.Property(o => o.TargetLink).HasMaxLength(1024);
        builder.Property(o => o.OperationType).HasMaxLength(64);
        builder.Property(o => o.Status).HasMaxLength(16).IsRequired();
        builder.Property(o => o.ErrorReasons).HasMaxLength(1024);
        builder.Property(o => o.IdentityMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.InsertTime).HasConversion<NullableUtcTicksConverter>();
        builder.Property(o => o.StartTime).HasConversion<NullableUtcTicksConverter>();
        builder.Property(o => o.EndTime).HasConversion<NullableUtcTicksConverter>();
        builder.Property(o => o.LastPolled).HasConversion<NullableUtcTicksConverter>();
        builder.Property(o => o.TrackedSince).HasConversion<UtcTicksConverter>();

        // Operation names are unique within a project and scope; tracking the same one twice is one row.
        builder.HasIndex(o => new { o.Project, o.Scope, o.OperationName }).IsUnique();
        builder.HasIndex(o => o.Done);
    }
}
