using System.Globalization;
using System.Text;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Model.Drills;

/// <summary>Exports drill history as Markdown and CSV (phase timings, RTO against the target, pass/fail and why).</summary>
public static class DrillReport
{
    public static string ToMarkdown(string title, IEnumerable<DrillRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var list = runs.ToList();
        var md = new StringBuilder();
        md.Append("# Restore drill report: ").AppendLine(title).AppendLine();
        var finished = list.Where(r => r.Phase == DrillPhase.Done).ToList();
        md.Append(CultureInfo.InvariantCulture, $"{finished.Count} drills, {finished.Count(r => r.Status == DrillRunStatus.Passed)} passed, {finished.Count(r => r.Status == DrillRunStatus.Failed)} failed.").AppendLine().AppendLine();
        md.AppendLine("| # | Started (UTC) | Machine image | Result | Accepted | RUNNING | Verified | RTO | Target | Clean-up | Reason |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in list)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {r.Id} | {Time(r.StartedAt ?? r.RequestedAt)} | {Cell(r.SourceProject + "/" + (r.SourceMachineImage ?? "?"))} | {r.Status} ")
              .Append(CultureInfo.InvariantCulture, $"| {Phase(r, r.AcceptedAt)} | {Phase(r, r.RunningAt)} | {Phase(r, r.VerifiedAt)} | {Seconds(r.RtoSeconds)} | {Seconds(r.RtoTargetSeconds)} ")
              .Append(CultureInfo.InvariantCulture, $"| {Cell(r.CleanupResult ?? "")} | {Cell(r.FailureReason ?? (r.Status == DrillRunStatus.Passed ? (r.MetRtoTarget ? "RTO met" : "RTO over target") : ""))} |")
              .AppendLine();
        }
        return md.ToString();
    }

    public static string ToCsv(IEnumerable<DrillRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var csv = new StringBuilder("id,started_utc,source_project,machine_image,source_instance,target_project,zone,vm_name,status,accepted_s,running_s,verified_s,rto_s,rto_target_s,met_target,cleanup,failure_reason\r\n");
        foreach (var r in runs)
        {
            string[] cells =
            [
                r.Id.ToString(CultureInfo.InvariantCulture), Time(r.StartedAt ?? r.RequestedAt), r.SourceProject, r.SourceMachineImage ?? "", r.SourceInstance ?? "",
                r.TargetProject, r.Zone, r.VmName, r.Status.ToString(), Offset(r, r.AcceptedAt), Offset(r, r.RunningAt), Offset(r, r.VerifiedAt),
                r.RtoSeconds?.ToString("0.###", CultureInfo.InvariantCulture) ?? "", r.RtoTargetSeconds.ToString("0.###", CultureInfo.InvariantCulture),
                r.RtoSeconds is null ? "" : r.MetRtoTarget ? "true" : "false", r.CleanupResult ?? "", r.FailureReason ?? "",
            ];
            csv.AppendJoin(',', cells.Select(Csv)).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>Seconds from the drill's start to the phase, or empty.</summary>
    public static double? PhaseSeconds(DrillRun run, DateTimeOffset? at)
        => run is { StartedAt: { } start } && at is { } t ? (t - start).TotalSeconds : null;

    private static string Offset(DrillRun run, DateTimeOffset? at) => PhaseSeconds(run, at)?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";

    private static string Phase(DrillRun run, DateTimeOffset? at) => PhaseSeconds(run, at) is { } s ? Seconds(s) : "—";

    private static string Seconds(double? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s).ToString(s >= 3600 ? @"h\:mm\:ss" : @"m\:ss\.f", CultureInfo.InvariantCulture) : "—";

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static string Csv(string value)
    {
        // Quote, and neutralise spreadsheet formulas.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
