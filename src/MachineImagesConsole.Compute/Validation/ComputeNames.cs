using System.Text.RegularExpressions;

namespace MachineImagesConsole.Compute.Validation;

/// <summary>
/// Compute Engine's naming rule (RFC 1035): 1–63 characters, a lowercase letter first, then lowercase
/// letters, digits or hyphens, and no trailing hyphen. The same rule covers image families and network tags.
/// One copy of the rule, used by the console's forms and by LocalCloud's validation alike.
/// </summary>
public static partial class ComputeNames
{
    public const int MaxLength = 63;

    [GeneratedRegex("^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();

    public static bool IsValid(string? name) => name is not null && NameRegex().IsMatch(name);

    /// <summary>Returns null when the name is valid, otherwise a plain sentence saying what is wrong.</summary>
    public static string? Validate(string? name, string what = "Name")
    {
        if (string.IsNullOrEmpty(name)) return $"{what} is required.";
        if (name.Length > MaxLength) return $"{what} must be at most {MaxLength} characters (it has {name.Length}).";
        if (name[0] is < 'a' or > 'z') return $"{what} must start with a lowercase letter.";
        if (name[^1] == '-') return $"{what} must not end with a hyphen.";
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                return $"{what} may contain only lowercase letters, digits and hyphens ('{c}' is not allowed).";
        }
        return IsValid(name) ? null : $"{what} is not a valid Compute Engine name.";
    }
}
