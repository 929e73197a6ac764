using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// What a policy backs up in its project: explicit instances (<c>zone/name</c>, one per line or comma-separated) and/or a
/// label selector (<c>key=value</c> pairs, comma-separated, all must match; <c>key</c> alone matches any value), evaluated
/// at every run so new VMs are picked up and deleted ones dropped.
/// </summary>
public static class BackupTargets
{
    public static IReadOnlyList<(string Zone, string Name)> ParseInstances(string? text, out IReadOnlyList<string> problems)
    {
        var list = new List<(string, string)>();
        var errors = new List<string>();
        foreach (var entry in Split(text))
        {
            var parts = entry.Split('/');
            if (parts.Length != 2 || !ComputeNames.IsValid(parts[0]) || !ComputeNames.IsValid(parts[1]))
            {
                errors.Add($"'{entry}' is not zone/name (e.g. us-central1-a/web-1).");
                continue;
            }
            if (!list.Contains((parts[0], parts[1]))) list.Add((parts[0], parts[1]));
        }
        problems = errors;
        return list;
    }

    public static IReadOnlyDictionary<string, string?> ParseSelector(string? text, out IReadOnlyList<string> problems)
    {
        var selector = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var entry in Split(text))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var key = (eq < 0 ? entry : entry[..eq]).Trim();
            var value = eq < 0 ? null : entry[(eq + 1)..].Trim();
            if (LabelRules.ValidateKey(key) is { } keyError) errors.Add($"'{entry}': {keyError}");
            else if (value is not null && LabelRules.ValidateValue(key, value) is { } valueError) errors.Add($"'{entry}': {valueError}");
            else selector[key] = value;
        }
        problems = errors;
        return selector;
    }

    public static bool Matches(IReadOnlyDictionary<string, string?> selector, IReadOnlyDictionary<string, string>? labels)
        => selector.Count > 0 && selector.All(s => labels is not null && labels.TryGetValue(s.Key, out var v) && (s.Value is null || v == s.Value));

    /// <summary>The entries of a list written one per line or comma-separated.</summary>
    public static IEnumerable<string> Split(string? text)
        => (text ?? "").Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
