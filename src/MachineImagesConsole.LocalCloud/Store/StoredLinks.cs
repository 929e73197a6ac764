namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>
/// Stored documents keep links origin-free (<c>lc:///compute/v1/projects/...</c>) so the store survives a change of
/// port or public origin; responses replace the prefix with the current public origin.
/// </summary>
public static class StoredLinks
{
    public const string Prefix = "lc:///compute/v1/";

    public static string Compute(string path) => Prefix + path;
}
