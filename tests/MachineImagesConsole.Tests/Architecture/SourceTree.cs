using System.Text.RegularExpressions;

namespace MachineImagesConsole.Tests.Architecture;

/// <summary>The repository's source files, read as text (comments stripped), for the folder and link rules.</summary>
internal static partial class SourceTree
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ConsoleProject => Path.Combine(RepositoryRoot, "src", "MachineImagesConsole");

    /// <summary>Every .cs and .razor file under <paramref name="directory"/>, without bin/obj and generated migrations.</summary>
    public static IEnumerable<string> Files(string directory, params string[] extensions)
        => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !Segments(f).Any(s => s is "bin" or "obj" or "Migrations"));

    /// <summary>The file's text without <c>//</c>, <c>///</c>, <c>/* */</c> and <c>@* *@</c> comments.</summary>
    public static string CodeOf(string path)
    {
        var text = File.ReadAllText(path);
        text = BlockComment().Replace(text, " ");
        text = RazorComment().Replace(text, " ");
        return LineComment().Replace(text, "");
    }

    /// <summary>The path relative to the repository root, with forward slashes (for messages).</summary>
    public static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');

    private static string[] Segments(string path) => path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MachineImagesConsole.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    // A // comment, but not the // of a URL inside a string ("https://...").
    [GeneratedRegex(@"(?<![:""'])//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
