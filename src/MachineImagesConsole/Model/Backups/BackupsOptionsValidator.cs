using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Data;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Validates <c>Console:Backups</c> on start, naming every bad key (e.g. <c>Console:Backups:Policies:0:Schedule</c>); the
/// console exits with code 1 and schedules nothing while any is wrong.
/// </summary>
public sealed class BackupsOptionsValidator(IOptions<ConsoleOptions> console) : IValidateOptions<BackupsOptions>
{
    private static readonly Dictionary<string, string> KeyOf = new(StringComparer.Ordinal)
    {
        [nameof(BackupPolicy.KeepLast)] = "Retention:KeepLast",
        [nameof(BackupPolicy.OlderThanDays)] = "Retention:OlderThanDays",
        [nameof(BackupPolicy.KeepDaily)] = "Retention:KeepDaily",
        [nameof(BackupPolicy.KeepWeekly)] = "Retention:KeepWeekly",
        [nameof(BackupPolicy.KeepMonthly)] = "Retention:KeepMonthly",
        [nameof(BackupPolicy.ExtraLabels)] = "Labels",
    };

    public ValidateOptionsResult Validate(string? name, BackupsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string s = BackupsOptions.SectionName;
        var errors = new List<string>();
        if (options.MisfireThreshold < TimeSpan.FromSeconds(1) || options.MisfireThreshold > TimeSpan.FromHours(1))
            errors.Add($"{s}:MisfireThreshold must be between 1 second and 1 hour.");
        if (options.MaxConcurrentCreationsPerRegion is < 1 or > ComputeLimits.ConcurrentCreationsPerRegion)
            errors.Add($"{s}:MaxConcurrentCreationsPerRegion must be 1–{ComputeLimits.ConcurrentCreationsPerRegion} (Compute's limit per region).");
        if (options.OperationTimeout <= TimeSpan.Zero) errors.Add($"{s}:OperationTimeout must be positive.");
        if (options.StaleAfter <= TimeSpan.Zero) errors.Add($"{s}:StaleAfter must be positive.");

        var pinned = console.Value.Projects;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Policies.Count; i++)
        {
            var prefix = $"{s}:Policies:{i}";
            var policy = ToPolicy(options.Policies[i]);
            foreach (var (field, message) in BackupPolicyRules.Validate(policy, pinned.Count > 0 ? pinned : null))
                errors.Add($"{prefix}:{(KeyOf.TryGetValue(field, out var key) ? key : field)}: {message}");
            if (!string.IsNullOrEmpty(policy.Name) && !names.Add(policy.Name))
                errors.Add($"{prefix}:Name: another declared policy is already named '{policy.Name}'.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The policy a configuration entry declares (not yet stored).</summary>
    public static BackupPolicy ToPolicy(DeclaredBackupPolicy declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        return new BackupPolicy
        {
            Name = declared.Name.Trim(),
            Description = declared.Description?.Trim() ?? "",
            Project = declared.Project.Trim(),
            Schedule = declared.Schedule.Trim(),
            TimeZone = string.IsNullOrWhiteSpace(declared.TimeZone) ? "UTC" : declared.TimeZone.Trim(),
            Instances = string.Join('\n', declared.Instances.Select(i => i.Trim())),
            Selector = declared.Selector?.Trim() ?? "",
            StorageLocation = string.IsNullOrWhiteSpace(declared.StorageLocation) ? null : declared.StorageLocation.Trim(),
            GuestFlush = declared.GuestFlush,
            KmsKeyName = string.IsNullOrWhiteSpace(declared.KmsKeyName) ? null : declared.KmsKeyName.Trim(),
            ImageDescription = declared.ImageDescription,
            ExtraLabels = string.Join(',', declared.Labels.Select(l => $"{l.Key}={l.Value}")),
            NameTemplate = string.IsNullOrWhiteSpace(declared.NameTemplate) ? BackupNameTemplate.Default : declared.NameTemplate.Trim(),
            KeepLast = declared.Retention.KeepLast,
            OlderThanDays = declared.Retention.OlderThanDays,
            KeepDaily = declared.Retention.KeepDaily,
            KeepWeekly = declared.Retention.KeepWeekly,
            KeepMonthly = declared.Retention.KeepMonthly,
            DrillSchedule = string.IsNullOrWhiteSpace(declared.DrillSchedule) ? null : declared.DrillSchedule.Trim(),
            Declared = true,
            CreatedBy = "configuration",
        };
    }
}
