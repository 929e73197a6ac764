using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachineImagesConsole.Data;

internal sealed class UserSessionRecordConfiguration : IEntityTypeConfiguration<UserSessionRecord>
{
    public void Configure(EntityTypeBuilder<UserSessionRecord> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.Subject).HasMaxLength(256).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(320);
        builder.Property(s => s.ProtectedAccessToken).IsRequired();
        // SQLite cannot order DateTimeOffset; store UTC ticks so expiry queries stay translatable on every provider.
        builder.Property(s => s.AccessTokenExpiresAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(s => s.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(s => s.UpdatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.HasIndex(s => s.UpdatedAt);
    }
}
