namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>The resolved data directory and connection string.</summary>
public sealed class LocalCloudPaths(string dataDirectory, string connectionString)
{
    public string DataDirectory { get; } = dataDirectory;

    public string ConnectionString { get; } = connectionString;

    public static LocalCloudPaths Resolve(LocalCloudOptions options, string contentRoot)
    {
        var dir = Path.GetFullPath(Path.IsPathRooted(options.DataDirectory) ? options.DataDirectory : Path.Combine(contentRoot, options.DataDirectory));
        var cs = string.IsNullOrWhiteSpace(options.ConnectionString) ? $"Data Source={Path.Combine(dir, "localcloud.db")}" : options.ConnectionString;
        return new LocalCloudPaths(dir, cs);
    }
}
