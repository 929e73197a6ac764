using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>An image's deprecation state with its replacement and scheduled dates (ACTIVE when the image carries none).</summary>
public sealed record DeprecationInfo(string State, string? Replacement, string? ReplacementProject, DateTimeOffset? Deprecated, DateTimeOffset? Obsolete, DateTimeOffset? Deleted)
{
    public const string Active = "ACTIVE";

    public static readonly DeprecationInfo None = new(Active, null, null, null, null, null);

    public bool IsActive => State == Active;

    /// <summary>getFromFamily skips DEPRECATED, OBSOLETE and DELETED images.</summary>
    public bool ResolvableFromFamily => IsActive;

    public static DeprecationInfo From(DeprecationStatus? status)
    {
        if (status is null) return None;
        var state = string.IsNullOrEmpty(status.State) ? Active : status.State.ToUpperInvariant();
        return new DeprecationInfo(
            state,
            string.IsNullOrEmpty(status.Replacement) ? null : DashboardFormat.ShortName(status.Replacement),
            DashboardFormat.SegmentAfter(status.Replacement, "projects"),
            DashboardFormat.Timestamp(status.Deprecated),
            DashboardFormat.Timestamp(status.Obsolete),
            DashboardFormat.Timestamp(status.Deleted));
    }

    /// <summary>One line for the badge's tooltip and for screen readers: the state, replacement and dates.</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string> { State };
            if (Replacement is not null) parts.Add("replaced by " + Replacement);
            if (Deprecated is { } d) parts.Add("deprecated " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (Obsolete is { } o) parts.Add("obsolete " + o.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (Deleted is { } x) parts.Add("deleted " + x.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return string.Join(", ", parts);
        }
    }
}
