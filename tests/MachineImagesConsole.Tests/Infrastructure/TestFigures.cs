namespace MachineImagesConsole.Tests.Infrastructure;

/// <summary>
/// Figures a test measures (fault injection, bad-input corpus) written as a markdown table to
/// <c>artifacts/figures/NAME.md</c> at the repository root; <c>scripts/test.sh</c> prints every such file at the end
/// of the run, so the figures reach CI's output even though <c>dotnet test</c> hides passing tests' output.
/// </summary>
public static class TestFigures
{
    public static string Write(string name, string title, IEnumerable<(string Figure, string Value)> rows, string? note = null)
    {
        var lines = new List<string> { $"### {title}", "", "| figure | value |", "|---|---|" };
        lines.AddRange(rows.Select(r => $"| {r.Figure} | {r.Value} |"));
        if (note is not null) lines.AddRange(["", note]);
        var directory = Path.Combine(RepositoryRoot(), "artifacts", "figures");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".md");
        File.WriteAllLines(path, lines);
        return string.Join('\n', lines);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MachineImagesConsole.sln"))) return dir.FullName;
        }
        return Path.GetTempPath();
    }
}
