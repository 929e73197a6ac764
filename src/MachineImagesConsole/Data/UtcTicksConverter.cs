using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MachineImagesConsole.Data;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as UTC ticks (a 64-bit integer), so times sort and compare in
/// SQL on every provider (SQLite cannot order or compare its text form of DateTimeOffset).
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
{
}
