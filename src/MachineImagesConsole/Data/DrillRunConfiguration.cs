using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class DrillRunConfiguration : IEntityTypeConfiguration<DrillRun>
{
    public void Configure(EntityTypeBuilder<DrillRun> builder)
    {
        builder.ToTable("DrillRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.SourceProject).HasMaxLength(100).IsRequired();
        builder.Property(r => r.SourceMachineImage).HasMaxLength(63);
        builder.Property(r => r.SourceInstance).HasMaxLength(300);
        builder.Property(r => r.TargetProject).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Zone).HasMaxLength(63).IsRequired();
        builder.Property(r => r.Network).HasMaxLength(63).IsRequired();
        builder.Property(r => r.Subnetwork).HasMaxLength(63).IsRequired();
        builder.Property(r => r.VmName).HasMaxLength(63).IsRequired();
        builder.Property(r => r.BootMarker).HasMaxLength(512).IsRequired();
        builder.Property(r => r.ProbeKind).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.ProbeHost).HasMaxLength(255);
        builder.Property(r => r.ProbePath).HasMaxLength(512);
        builder.Property(r => r.RequestedBy).HasMaxLength(320).IsRequired();
        builder.Property(r => r.RequestedRole).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Phase).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.InsertOperationName).HasMaxLength(128);
        builder.Property(r => r.FailureReason).HasMaxLength(2048);
        builder.Property(r => r.CleanupResult).HasMaxLength(1024);
        builder.Property(r => r.RequestedAt).HasConversion<UtcTicksConverter>();
        builder.Property(r => r.StartedAt).HasConversion<NullableUtcTicksConverter>();
        builder.Property(r => r.AcceptedAt).HasConversion<NullableUtcTicksConverter>();
        builder.Property(r => r.RunningAt).HasConversion<NullableUtcTicksConverter>();
        builder.Property(r => r.VerifiedAt).HasConversion<NullableUtcTicksConverter>();
        builder.Property(r => r.FinishedAt).HasConversion<NullableUtcTicksConverter>();
        builder.Ignore(r => r.MetRtoTarget);
        builder.HasIndex(r => new { r.SourceProject, r.SourceMachineImage });
        builder.HasIndex(r => new { r.SourceProject, r.SourceInstance });
        builder.HasIndex(r => r.Phase);
    }
}
