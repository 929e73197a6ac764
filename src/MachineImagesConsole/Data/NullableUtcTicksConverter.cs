using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MachineImagesConsole.Data;

/// <summary>The nullable form of <see cref="UtcTicksConverter"/>.</summary>
internal sealed class NullableUtcTicksConverter() : ValueConverter<DateTimeOffset?, long?>(
    value => value.HasValue ? value.Value.UtcTicks : null,
    ticks => ticks.HasValue ? new DateTimeOffset(ticks.Value, TimeSpan.Zero) : null)
{
}
