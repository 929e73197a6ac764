using System.Globalization;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Model.Operations;

/// <summary>How operations read on screen: elapsed times, status words and colours' meaning (never colour alone).</summary>
public static class OperationFormat
{
    /// <summary><c>12 s</c>, <c>3 min 05 s</c>, <c>2 h 04 min</c>, <c>3 d 4 h</c>.</summary>
    public static string Elapsed(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero) elapsed = TimeSpan.Zero;
        var c = CultureInfo.InvariantCulture;
        if (elapsed < TimeSpan.FromMinutes(1)) return string.Create(c, $"{(int)elapsed.TotalSeconds} s");
        if (elapsed < TimeSpan.FromHours(1)) return string.Create(c, $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s");
        if (elapsed < TimeSpan.FromDays(1)) return string.Create(c, $"{(int)elapsed.TotalHours} h {elapsed.Minutes:00} min");
        return string.Create(c, $"{(int)elapsed.TotalDays} d {elapsed.Hours} h");
    }

    /// <summary>The status word to show: Compute's status, or <c>FAILED</c> for a DONE operation with errors.</summary>
    public static string StatusText(string status, bool failed) => failed ? "DONE (failed)" : status;

    /// <summary>The status word for a tracker update.</summary>
    public static string StatusText(OperationProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return StatusText(progress.Status, progress.Failed);
    }

    /// <summary>An operation named by what it does and to what: <c>Create machine image nightly</c>, <c>Set labels of image web-v1</c>.</summary>
    public static string Title(string? operationType, OperationTarget? target, string? targetLink = null)
    {
        var verb = operationType switch
        {
            "insert" => "Create",
            "delete" => "Delete",
            "setLabels" => "Set labels of",
            "deprecate" => "Deprecate",
            "setIamPolicy" => "Share",
            "start" => "Start",
            "stop" => "Stop",
            "reset" => "Reset",
            "createSnapshot" => "Snapshot",
            null or "" => "Change",
            { } other => char.ToUpperInvariant(other[0]) + other[1..],
        };
        var what = target?.Display ?? (string.IsNullOrEmpty(targetLink) ? "a resource" : targetLink);
        return verb + " " + what;
    }

    /// <summary>Where a status sits in PENDING → RUNNING → DONE (unknown statuses sort first).</summary>
    public static int Rank(string? status) => status?.ToUpperInvariant() switch
    {
        "PENDING" => 1,
        "RUNNING" => 2,
        "DONE" => 3,
        _ => 0,
    };
}
