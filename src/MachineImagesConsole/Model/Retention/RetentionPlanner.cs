using System.Globalization;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Model.Retention;

/// <summary>
/// THE retention planner: the dry run and the real clean-up both call <see cref="Plan"/>, so they delete the same set.
/// A rule matches resources whose name starts with the prefix, carry the label, and come from the source (every
/// criterion given must hold). Of those, newest first: with only "keep last N", everything beyond the N newest is
/// deleted; with only "older than D days", everything older; with both, what is older AND beyond the N newest. Never
/// deleted, whatever the rule: protected resources (console flag or label), the latest image of a family, and images
/// an instance template creates disks from.
/// </summary>
public static class RetentionPlanner
{
    public static RetentionPlan Plan(RetentionRule rule, IEnumerable<RetentionCandidate> candidates, RetentionSafety safety, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(safety);
        var errors = Validate(rule);
        if (errors.Count > 0) throw new ArgumentException("The rule is not valid: " + string.Join(" ", errors.Values), nameof(rule));

        var matching = candidates.Where(c => Matches(rule, c))
            .OrderByDescending(c => c.Created).ThenByDescending(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var calendar = CalendarKeeps(rule, matching);
        var decisions = new List<RetentionDecision>(matching.Count);
        for (var i = 0; i < matching.Count; i++)
        {
            var c = matching[i];
            var beyondKeep = rule.KeepLast is not { } keep || i >= keep;
            var age = now - c.Created;
            var old = rule.OlderThanDays is not { } days || age > TimeSpan.FromDays(days);
            var why = new List<string>();
            if (rule.KeepLast is { } k) why.Add(i >= k ? $"not among the newest {k}" : $"among the newest {k}");
            if (rule.OlderThanDays is { } d) why.Add(old ? $"{(int)age.TotalDays} days old (more than {d})" : $"{(int)Math.Max(0, age.TotalDays)} days old (not more than {d})");
            if (calendar.TryGetValue(c.Name, out var slot)) why.Add(slot);

            if (!(beyondKeep && old) || calendar.ContainsKey(c.Name))
            {
                decisions.Add(new RetentionDecision(c.Name, c.Created, false, "Kept: " + string.Join("; ", why) + "."));
                continue;
            }

            var shield = Shield(c, safety);
            decisions.Add(shield is null
                ? new RetentionDecision(c.Name, c.Created, true, "Deleted: " + string.Join("; ", why) + ".")
                : new RetentionDecision(c.Name, c.Created, false, "Kept although the rule selects it: " + shield + "."));
        }

        return new RetentionPlan(rule.Id, rule.Project, rule.Collection, now, decisions);
    }

    /// <summary>Problems with a rule by field; empty when it may be saved and run.</summary>
    public static IReadOnlyDictionary<string, string> Validate(RetentionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(rule.Name)) errors[nameof(rule.Name)] = "Give the rule a name.";
        if (rule.Collection is not ("images" or "machineImages")) errors[nameof(rule.Collection)] = "Choose images or machine images.";
        if (string.IsNullOrEmpty(rule.NamePrefix) && string.IsNullOrEmpty(rule.LabelKey) && string.IsNullOrEmpty(rule.SourceInstance))
            errors[nameof(rule.NamePrefix)] = "Select by at least one of: name prefix, label, source instance.";
        if (!string.IsNullOrEmpty(rule.NamePrefix) && (rule.NamePrefix.Length > 62 || !rule.NamePrefix.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-') || !char.IsAsciiLetterLower(rule.NamePrefix[0])))
            errors[nameof(rule.NamePrefix)] = "A name prefix uses lowercase letters, digits and hyphens, and starts with a letter.";
        if (!string.IsNullOrEmpty(rule.LabelKey) && LabelRules.ValidateKey(rule.LabelKey) is { } keyError) errors[nameof(rule.LabelKey)] = keyError;
        if (!string.IsNullOrEmpty(rule.LabelValue) && LabelRules.ValidateValue(rule.LabelKey, rule.LabelValue) is { } valueError) errors[nameof(rule.LabelValue)] = valueError;
        if (!string.IsNullOrEmpty(rule.LabelValue) && string.IsNullOrEmpty(rule.LabelKey)) errors[nameof(rule.LabelKey)] = "A label value needs a label key.";
        if (!string.IsNullOrEmpty(rule.SourceInstance) && ComputeNames.Validate(rule.SourceInstance, "Source") is { } sourceError) errors[nameof(rule.SourceInstance)] = sourceError;
        if (rule.KeepLast is null && rule.OlderThanDays is null && rule.KeepDaily is null && rule.KeepWeekly is null && rule.KeepMonthly is null)
            errors[nameof(rule.KeepLast)] = "Say what to delete: keep the last N, and/or delete what is older than N days, and/or keep N daily, weekly or monthly.";
        if (rule.KeepDaily is < 1 or > 366) errors[nameof(rule.KeepDaily)] = "Keep between 1 and 366 daily.";
        if (rule.KeepWeekly is < 1 or > 520) errors[nameof(rule.KeepWeekly)] = "Keep between 1 and 520 weekly.";
        if (rule.KeepMonthly is < 1 or > 240) errors[nameof(rule.KeepMonthly)] = "Keep between 1 and 240 monthly.";
        if (rule.KeepLast is < 1 or > 1000) errors[nameof(rule.KeepLast)] = "Keep between 1 and 1000.";
        if (rule.OlderThanDays is < 1 or > 3650) errors[nameof(rule.OlderThanDays)] = "Older than between 1 and 3650 days.";
        return errors;
    }

    private static bool Matches(RetentionRule rule, RetentionCandidate c)
        => (string.IsNullOrEmpty(rule.NamePrefix) || c.Name.StartsWith(rule.NamePrefix, StringComparison.Ordinal))
           && (string.IsNullOrEmpty(rule.LabelKey) || (c.Labels.TryGetValue(rule.LabelKey, out var value) && (string.IsNullOrEmpty(rule.LabelValue) || value == rule.LabelValue)))
           && (string.IsNullOrEmpty(rule.SourceInstance) || string.Equals(c.Source, rule.SourceInstance, StringComparison.Ordinal));

    /// <summary>
    /// The newest resource of each of the last N days, ISO weeks and months (UTC) that have one, with why it is kept
    /// (newest first, so each bucket keeps its newest).
    /// </summary>
    private static Dictionary<string, string> CalendarKeeps(RetentionRule rule, IReadOnlyList<RetentionCandidate> newestFirst)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        void Keep(int? count, string what, Func<DateTimeOffset, string> bucket)
        {
            if (count is not { } n) return;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in newestFirst)
            {
                if (seen.Count >= n) break;
                if (seen.Add(bucket(c.Created.ToUniversalTime()))) kept.TryAdd(c.Name, $"the newest of its {what} (keep {n} {what})");
            }
        }
        Keep(rule.KeepDaily, "day", t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Keep(rule.KeepWeekly, "week", t => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(t.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(t.UtcDateTime)}"));
        Keep(rule.KeepMonthly, "month", t => t.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return kept;
    }

    private static string? Shield(RetentionCandidate c, RetentionSafety safety)
    {
        if (safety.Protected.Contains(c.Name) || Lifecycle.ProtectionLabels.IsSet(c.Labels)) return "it is protected";
        if (safety.NewestGood.Contains(c.Name)) return "it is the newest good backup of its instance";
        if (safety.FamilyHeads.Contains(c.Name)) return string.Create(CultureInfo.InvariantCulture, $"it is the latest image of the family '{c.Family}'");
        if (safety.UsedByTemplates.TryGetValue(c.Name, out var template)) return $"the instance template '{template}' creates disks from it";
        return null;
    }
}
