using System.Text.RegularExpressions;

namespace MachineImagesConsole.Compute.Validation;

/// <summary>
/// Label rules for Compute Engine resources: at most 64 labels; keys 1–63 characters starting with a
/// lowercase letter, then lowercase letters, digits, '_' or '-'; values 0–63 of the same characters.
/// (Google also allows international characters; this ASCII check is the documented safe subset.)
/// </summary>
public static partial class LabelRules
{
    public const int MaxLabels = 64;
    public const int MaxLength = 63;

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,62}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyRegex();

    [GeneratedRegex("^[a-z0-9_-]{0,63}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ValueRegex();

    public static string? ValidateKey(string? key)
    {
        if (string.IsNullOrEmpty(key)) return "Label key is required.";
        if (key.Length > MaxLength) return $"Label key '{key}' is longer than {MaxLength} characters.";
        if (key[0] is < 'a' or > 'z') return $"Label key '{key}' must start with a lowercase letter.";
        return KeyRegex().IsMatch(key) ? null : $"Label key '{key}' may contain only lowercase letters, digits, '_' and '-'.";
    }

    public static string? ValidateValue(string? key, string? value)
    {
        value ??= string.Empty;
        if (value.Length > MaxLength) return $"Label value for '{key}' is longer than {MaxLength} characters.";
        return ValueRegex().IsMatch(value) ? null : $"Label value for '{key}' may contain only lowercase letters, digits, '_' and '-'.";
    }

    /// <summary>Every problem with a label set, or an empty list when it is valid.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyDictionary<string, string>? labels)
    {
        var errors = new List<string>();
        if (labels is null) return errors;
        if (labels.Count > MaxLabels) errors.Add($"At most {MaxLabels} labels are allowed (there are {labels.Count}).");
        foreach (var (key, value) in labels)
        {
            if (ValidateKey(key) is { } k) errors.Add(k);
            else if (ValidateValue(key, value) is { } v) errors.Add(v);
        }
        return errors;
    }
}
