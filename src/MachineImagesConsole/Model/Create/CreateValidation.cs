using System.Text.RegularExpressions;
using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Create;

/// <summary>
/// Field rules of the create wizards that Compute's shared rules (<see cref="ComputeNames"/>, <see cref="LabelRules"/>)
/// do not cover. Each returns null when the value is fine, otherwise one plain sentence to show beside the field.
/// </summary>
public static partial class CreateValidation
{
    /// <summary>Compute's limit on <c>description</c>.</summary>
    public const int MaxDescriptionLength = 2048;

    [GeneratedRegex("^projects/[^/]+/locations/[^/]+/keyRings/[^/]+/cryptoKeys/[^/]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex KmsKeyRegex();

    // Bucket names: 3–63 (or up to 222 with dots) lowercase letters, digits, '-', '_' and '.', starting and ending with a letter or digit.
    [GeneratedRegex("^gs://([a-z0-9][a-z0-9._-]{1,220}[a-z0-9])/(.+)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex GcsUriRegex();

    /// <summary>A new resource's name: Compute's naming rule, then not already taken (case-sensitive, as Compute compares).</summary>
    public static string? ValidateNewName(string? name, IEnumerable<string>? existingNames, string what)
    {
        if (ComputeNames.Validate(name, what) is { } problem) return problem;
        if (existingNames is not null && existingNames.Contains(name!, StringComparer.Ordinal))
            return $"{what} '{name}' is already taken in this project; choose another name.";
        return null;
    }

    public static string? ValidateDescription(string? description)
        => description is { Length: > MaxDescriptionLength }
            ? $"Description must be at most {MaxDescriptionLength} characters (it has {description.Length})."
            : null;

    /// <summary>A Cloud KMS key: <c>projects/P/locations/L/keyRings/R/cryptoKeys/K</c> (an optional <c>/cryptoKeyVersions/N</c> is not accepted).</summary>
    public static string? ValidateKmsKeyName(string? keyName)
    {
        if (string.IsNullOrWhiteSpace(keyName)) return "Enter the Cloud KMS key's resource name.";
        if (keyName.Contains("/cryptoKeyVersions/", StringComparison.Ordinal))
            return "Use the key, not a key version: drop the '/cryptoKeyVersions/…' part.";
        // The shape first (its message names the parts), then Compute's own rule for each part and the length.
        return KmsKeyRegex().IsMatch(keyName.Trim())
            ? KmsKeyNames.Validate(keyName.Trim())
            : "A Cloud KMS key name looks like projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY.";
    }

    /// <summary>A raw disk in Cloud Storage: <c>gs://bucket/path/file.tar.gz</c>.</summary>
    public static string? ValidateGcsUri(string? uri)
    {
        if (string.IsNullOrWhiteSpace(uri)) return "Enter the Cloud Storage URI of the raw disk file.";
        var match = GcsUriRegex().Match(uri.Trim());
        if (!match.Success) return "A Cloud Storage URI looks like gs://BUCKET/path/disk.tar.gz (bucket names use lowercase letters, digits, '-', '_' and '.').";
        if (match.Groups[1].Value.Contains("..", StringComparison.Ordinal)) return "A bucket name may not contain '..'.";
        return uri.Trim().EndsWith(".tar.gz", StringComparison.Ordinal)
            ? null
            : "The raw disk must be a gzip-compressed tar file whose name ends in .tar.gz (it holds one file called disk.raw).";
    }

    /// <summary>The HTTPS URL Compute expects in <c>rawDisk.source</c> for a <c>gs://</c> URI.</summary>
    public static string GcsUriToHttps(string gsUri)
    {
        ArgumentException.ThrowIfNullOrEmpty(gsUri);
        var trimmed = gsUri.Trim();
        return trimmed.StartsWith("gs://", StringComparison.Ordinal)
            ? "https://storage.googleapis.com/" + trimmed["gs://".Length..]
            : trimmed;
    }

    /// <summary>An image family (optional): the Compute naming rule.</summary>
    public static string? ValidateFamily(string? family)
        => string.IsNullOrEmpty(family) ? null : ComputeNames.Validate(family, "Family");
}
