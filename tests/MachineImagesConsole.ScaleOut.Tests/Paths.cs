namespace MachineImagesConsole.ScaleOut.Tests;

internal static class Paths
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MachineImagesConsole.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>The build configuration these tests were built in (Debug or Release): the one the solution's projects were built in.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    /// <summary>A project's own build output (bin/&lt;Configuration&gt;/net10.0/&lt;name&gt;.dll), as <c>dotnet build</c> of the solution leaves it.</summary>
    public static string Assembly(string projectDirectory, string name)
    {
        var path = Path.Combine(RepositoryRoot(), projectDirectory, "bin", Configuration, "net10.0", name + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {projectDirectory} first.", path);
    }

    public static string Screenshot(string name)
    {
        var dir = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }
}
