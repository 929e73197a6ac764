namespace MachineImagesConsole.Hosting;

/// <summary>
/// Finds the content root that holds the top-level <c>appsettings.json</c> and <c>wwwroot/</c>:
/// the current directory when it has them (dotnet run from the repository root, or the published app's folder),
/// otherwise the folder with <c>MachineImagesConsole.sln</c> above the binaries (tests, IDEs), otherwise the app's folder.
/// </summary>
public static class ContentRootLocator
{
    public const string SolutionFileName = "MachineImagesConsole.sln";
    public const string SettingsFileName = "appsettings.json";

    /// <summary>The content root to use, or null when one was given explicitly (<c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>).</summary>
    public static string? Find(string[] args, string currentDirectory, string baseDirectory)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT")))
        {
            return null;
        }

        if (File.Exists(Path.Combine(currentDirectory, SettingsFileName)))
        {
            return currentDirectory;
        }

        for (var directory = new DirectoryInfo(baseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return baseDirectory;
    }
}
