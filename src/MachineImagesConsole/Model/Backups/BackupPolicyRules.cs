using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// The rules a policy must follow before it is saved or scheduled, by field (the form shows each message beside its field;
/// the configuration validator names each bad key). One copy for the UI and for <c>Console:Backups:Policies</c>.
/// </summary>
public static class BackupPolicyRules
{
    public const string PolicyLabel = "backup-policy";
    public const string SourceLabel = "backup-source";

    /// <summary>Problems by field name (<see cref="BackupPolicy"/> property names); empty when the policy may be saved.</summary>
    public static IReadOnlyDictionary<string, string> Validate(BackupPolicy policy, IReadOnlyCollection<string>? managedProjects = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ComputeNames.Validate(policy.Name, "The policy name") is { } name) errors[nameof(policy.Name)] = name;
        if (policy.Description.Length > 1024) errors[nameof(policy.Description)] = "The description may be at most 1024 characters.";
        if (string.IsNullOrWhiteSpace(policy.Project)) errors[nameof(policy.Project)] = "Choose the project whose VMs the policy backs up.";
        else if (managedProjects is not null && !managedProjects.Contains(policy.Project, StringComparer.Ordinal))
            errors[nameof(policy.Project)] = $"The console does not manage the project '{policy.Project}'; choose one of: {string.Join(", ", managedProjects)}.";
        if (BackupSchedule.ValidateCron(policy.Schedule) is { } cron) errors[nameof(policy.Schedule)] = cron;
        if (BackupSchedule.ValidateTimeZone(policy.TimeZone) is { } zone) errors[nameof(policy.TimeZone)] = zone;
        if (!string.IsNullOrWhiteSpace(policy.DrillSchedule) && BackupSchedule.ValidateCron(policy.DrillSchedule) is { } drill)
            errors[nameof(policy.DrillSchedule)] = drill;

        BackupTargets.ParseInstances(policy.Instances, out var instanceProblems);
        if (instanceProblems.Count > 0) errors[nameof(policy.Instances)] = string.Join(" ", instanceProblems);
        BackupTargets.ParseSelector(policy.Selector, out var selectorProblems);
        if (selectorProblems.Count > 0) errors[nameof(policy.Selector)] = string.Join(" ", selectorProblems);
        if (!BackupTargets.Split(policy.Instances).Any() && !BackupTargets.Split(policy.Selector).Any())
            errors[nameof(policy.Instances)] = "Give the VMs to back up: zone/name entries, or a label selector such as backup=daily.";

        if (BackupNameTemplate.Validate(policy.NameTemplate, policy.Name) is { } template) errors[nameof(policy.NameTemplate)] = template;
        if (!string.IsNullOrWhiteSpace(policy.StorageLocation) && !System.Text.RegularExpressions.Regex.IsMatch(policy.StorageLocation, "^[a-z]+(-[a-z]+[0-9]+)?$"))
            errors[nameof(policy.StorageLocation)] = $"'{policy.StorageLocation}' is not a storage location (a region such as us-central1, or a multi-region such as us).";
        if (!string.IsNullOrWhiteSpace(policy.KmsKeyName) && !policy.KmsKeyName.StartsWith("projects/", StringComparison.Ordinal))
            errors[nameof(policy.KmsKeyName)] = "A Cloud KMS key is projects/P/locations/L/keyRings/R/cryptoKeys/K.";
        var labels = ParseLabels(policy.ExtraLabels, out var labelProblems);
        if (labelProblems.Count > 0) errors[nameof(policy.ExtraLabels)] = string.Join(" ", labelProblems);
        else if (labels.ContainsKey(PolicyLabel) || labels.ContainsKey(SourceLabel))
            errors[nameof(policy.ExtraLabels)] = $"The labels {PolicyLabel} and {SourceLabel} are set by the console.";

        CheckCount(errors, nameof(policy.KeepLast), policy.KeepLast, "Keep the last", 1000);
        CheckCount(errors, nameof(policy.OlderThanDays), policy.OlderThanDays, "Delete older than (days)", 3650);
        CheckCount(errors, nameof(policy.KeepDaily), policy.KeepDaily, "Keep daily", 366);
        CheckCount(errors, nameof(policy.KeepWeekly), policy.KeepWeekly, "Keep weekly", 520);
        CheckCount(errors, nameof(policy.KeepMonthly), policy.KeepMonthly, "Keep monthly", 240);
        return errors;
    }

    /// <summary>The labels every image of the policy gets: the extra labels, then <c>backup-policy</c> and <c>backup-source</c>.</summary>
    public static Dictionary<string, string> ImageLabels(BackupPolicy policy, string instance)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var labels = ParseLabels(policy.ExtraLabels, out _);
        labels[PolicyLabel] = policy.Name;
        labels[SourceLabel] = instance;
        return labels;
    }

    public static Dictionary<string, string> ParseLabels(string? text, out IReadOnlyList<string> problems)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var entry in BackupTargets.Split(text))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var key = (eq < 0 ? entry : entry[..eq]).Trim();
            var value = eq < 0 ? "" : entry[(eq + 1)..].Trim();
            if (LabelRules.ValidateKey(key) is { } keyError) errors.Add($"'{entry}': {keyError}");
            else if (LabelRules.ValidateValue(key, value) is { } valueError) errors.Add($"'{entry}': {valueError}");
            else labels[key] = value;
        }
        problems = errors;
        return labels;
    }

    /// <summary>True when the policy says anything about deleting old images.</summary>
    public static bool HasRetention(BackupPolicy policy)
        => policy.KeepLast is not null || policy.OlderThanDays is not null || policy.KeepDaily is not null || policy.KeepWeekly is not null || policy.KeepMonthly is not null;

    private static void CheckCount(Dictionary<string, string> errors, string field, int? value, string label, int max)
    {
        if (value is { } v && (v < 1 || v > max)) errors[field] = $"{label} must be between 1 and {max} (it is {v}); leave it empty for no such rule.";
    }
}
