using System.Globalization;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// The deprecation page's date-and-time fields (UTC, as a browser's <c>datetime-local</c> input sends them:
/// <c>yyyy-MM-ddTHH:mm</c>): parsing, and the message for a value that is not a date and time.
/// </summary>
public static class DeprecationDates
{
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>Parses a field's text as UTC; empty = no date.</summary>
    public static bool TryParse(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            return false;
        value = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        return true;
    }

    public static string Format(DateTimeOffset? value)
        => value?.UtcDateTime.ToString(InputFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    public static string? Validate(string? text, string what)
        => TryParse(text, out _) ? null : $"{what} must be a date and time (UTC), for example 2027-01-31 09:00.";
}
