using System.Text.RegularExpressions;

namespace MachineImagesConsole.Compute.Validation;

/// <summary>
/// Cloud KMS key resource names as Compute accepts them in <c>kmsKeyName</c>:
/// <c>projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY</c>, optionally <c>/cryptoKeyVersions/N</c>
/// (Compute returns the version on GET). Ring and key ids are 1–63 of letters, digits, '_' and '-'.
/// </summary>
public static partial class KmsKeyNames
{
    public const int MaxLength = 512;

    [GeneratedRegex("^projects/[a-z][-a-z0-9.:]{4,62}[a-z0-9]/locations/[a-z0-9-]{1,63}/keyRings/[A-Za-z0-9_-]{1,63}/cryptoKeys/[A-Za-z0-9_-]{1,63}(/cryptoKeyVersions/[1-9][0-9]{0,18})?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyRegex();

    /// <summary>Null when <paramref name="keyName"/> is a key (or key version) name, otherwise a sentence saying what is wrong.</summary>
    public static string? Validate(string? keyName)
    {
        if (string.IsNullOrEmpty(keyName)) return "The Cloud KMS key name is empty.";
        if (keyName.Length > MaxLength) return $"The Cloud KMS key name must be at most {MaxLength} characters (it has {keyName.Length}).";
        return KeyRegex().IsMatch(keyName)
            ? null
            : "A Cloud KMS key name looks like projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY.";
    }
}
