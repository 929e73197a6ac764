using System.Globalization;
using System.Text.RegularExpressions;
using Quartz;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// A policy's schedule: a standard five-field cron expression (minute hour day-of-month month day-of-week, e.g.
/// <c>0 2 * * *</c> or <c>*/2 * * * *</c>) read in an IANA time zone. Parsed with Quartz's own Unix cron reader, so the
/// form, the configuration validator and the scheduler agree on what a schedule means.
/// </summary>
public static partial class BackupSchedule
{
    /// <summary>Ready-made schedules the form offers.</summary>
    public static readonly IReadOnlyList<(string Label, string Cron)> Presets =
    [
        ("Hourly (at minute 0)", "0 * * * *"),
        ("Daily at 02:00", "0 2 * * *"),
        ("Weekly on Sunday at 03:00", "0 3 * * 0"),
        ("Every 2 minutes (testing)", "*/2 * * * *"),
    ];

    /// <summary>Why <paramref name="cron"/> is not a five-field cron expression; null when it is.</summary>
    public static string? ValidateCron(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron)) return "Give a schedule: a cron expression such as 0 2 * * * (daily at 02:00).";
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
            return $"A schedule has five fields (minute hour day-of-month month day-of-week); '{cron.Trim()}' has {fields.Length}.";
        foreach (Match range in ReversedRangeRegex().Matches(cron))
        {
            if (int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture) > int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture))
                return $"The range '{range.Value.Trim(',', ' ')}' runs backwards; write the smaller number first.";
        }
        try
        {
            var expression = CronExpression.Parse(string.Join(' ', fields), CronFormat.Unix);
            return expression.GetNextValidTimeAfter(DateTimeOffset.UtcNow) is null ? "This schedule never fires." : null;
        }
        catch (FormatException error)
        {
            return $"'{cron.Trim()}' is not a valid cron expression: {error.Message}";
        }
    }

    /// <summary>Why <paramref name="timeZone"/> is not a known time zone id; null when it is.</summary>
    public static string? ValidateTimeZone(string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone)) return "Give a time zone, e.g. UTC or America/New_York.";
        // An IANA id (Area/Location…), not a path: the system lookup would also resolve "Europe//Paris" or "../x".
        return TimeZoneIdRegex().IsMatch(timeZone.Trim()) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out _) ? null : $"'{timeZone.Trim()}' is not a known time zone (use an IANA id such as Europe/Paris).";
    }

    /// <summary>The Quartz cron expression for a valid schedule and time zone (throws <see cref="FormatException"/> otherwise).</summary>
    public static CronExpression Parse(string cron, string timeZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        var expression = CronExpression.Parse(string.Join(' ', cron.Split(' ', StringSplitOptions.RemoveEmptyEntries)), CronFormat.Unix);
        return expression.WithTimeZone(Zone(timeZone));
    }

    public static TimeZoneInfo Zone(string? timeZone)
        => string.IsNullOrWhiteSpace(timeZone) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZone.Trim());

    /// <summary>The next <paramref name="count"/> fire times after <paramref name="after"/> (UTC).</summary>
    public static IReadOnlyList<DateTimeOffset> Next(string cron, string timeZone, DateTimeOffset after, int count)
    {
        var expression = Parse(cron, timeZone);
        var times = new List<DateTimeOffset>(count);
        var t = after;
        while (times.Count < count && expression.GetNextValidTimeAfter(t) is { } next)
        {
            times.Add(next);
            t = next;
        }
        return times;
    }

    /// <summary>The last fire time at or before <paramref name="at"/>, if any.</summary>
    public static DateTimeOffset? Previous(string cron, string timeZone, DateTimeOffset at)
        => Parse(cron, timeZone).GetPreviousValidTimeBefore(at.AddSeconds(1));

    /// <summary>How the schedule reads in a sentence for the list (the expression and its zone, and the next run).</summary>
    public static string Describe(string cron, string timeZone, DateTimeOffset now)
    {
        var next = Next(cron, timeZone, now, 1);
        var zone = Zone(timeZone);
        return next.Count == 0
            ? $"{cron} ({timeZone})"
            : string.Create(CultureInfo.InvariantCulture, $"{cron} ({timeZone}); next {TimeZoneInfo.ConvertTime(next[0], zone):yyyy-MM-dd HH:mm}");
    }

    [GeneratedRegex(@"(?<![0-9/])([0-9]+)-([0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ReversedRangeRegex();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9][A-Za-z0-9_+-]*)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimeZoneIdRegex();
}
