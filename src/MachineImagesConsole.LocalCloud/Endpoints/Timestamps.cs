using System.Globalization;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>RFC 3339 timestamps with an offset, rendered in US Pacific time the way Compute Engine does (e.g. <c>2024-06-06T19:42:24.377-07:00</c>).</summary>
public static class Timestamps
{
    private static readonly TimeZoneInfo Pacific = FindPacific();

    public static string Format(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Pacific);
        return local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
    }

    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    private static TimeZoneInfo FindPacific()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }
}
