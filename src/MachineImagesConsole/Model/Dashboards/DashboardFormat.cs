using MachineImagesConsole.Compute.Links;
using System.Globalization;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>How the dashboards show sizes, times and resource URLs.</summary>
public static class DashboardFormat
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

    /// <summary>Bytes in binary units with one decimal (e.g. <c>12.5 GiB</c>); an em dash when unknown.</summary>
    public static string Bytes(long? bytes)
    {
        if (bytes is not { } value || value < 0) return "—";
        double size = value;
        var unit = 0;
        while (size >= 1024 && unit < Units.Length - 1)
        {
            size /= 1024;
            unit++;
        }
        return unit == 0
            ? value.ToString(CultureInfo.InvariantCulture) + " B"
            : size.ToString("0.#", CultureInfo.InvariantCulture) + " " + Units[unit];
    }

    /// <summary>Gigabytes as a size (<c>diskSizeGb</c>).</summary>
    public static string Gigabytes(long? gb) => gb is { } g ? Bytes(g * 1024L * 1024 * 1024) : "—";

    /// <summary>"3 days ago", "in 2 hours", "just now".</summary>
    public static string Relative(DateTimeOffset? time, DateTimeOffset now)
    {
        if (time is not { } t) return "—";
        var span = now - t;
        var future = span < TimeSpan.Zero;
        span = span.Duration();
        string text;
        if (span < TimeSpan.FromMinutes(1)) return "just now";
        if (span < TimeSpan.FromHours(1)) text = Plural((int)span.TotalMinutes, "minute");
        else if (span < TimeSpan.FromDays(1)) text = Plural((int)span.TotalHours, "hour");
        else if (span < TimeSpan.FromDays(30)) text = Plural((int)span.TotalDays, "day");
        else if (span < TimeSpan.FromDays(365)) text = Plural((int)(span.TotalDays / 30), "month");
        else text = Plural((int)(span.TotalDays / 365), "year");
        return future ? "in " + text : text + " ago";
    }

    /// <summary>Parses Compute's RFC 3339 <c>creationTimestamp</c>; null when missing or malformed.</summary>
    public static DateTimeOffset? Timestamp(string? value)
        => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : null;

    /// <summary>The last segment of a resource URL (<c>.../zones/us-central1-a/instances/web-1</c> → <c>web-1</c>).</summary>
    public static string ShortName(string? url) => ResourceLinks.ShortName(url);

    /// <summary>The segment after <paramref name="collection"/> in a resource URL (e.g. the zone of an instance URL).</summary>
    public static string? SegmentAfter(string? url, string collection) => ResourceLinks.SegmentAfter(url, collection);

    /// <summary>"1 version", "2 versions": a count with its noun in the right number.</summary>
    public static string Plural(int n, string unit) => n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");
}
