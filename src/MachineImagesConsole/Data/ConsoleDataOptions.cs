namespace MachineImagesConsole.Data;

/// <summary>Where the console keeps its own database (configuration sections <c>Console</c> and <c>Console:Data</c>).</summary>
public sealed class ConsoleDataOptions
{
    /// <summary>Database provider. Only <c>Sqlite</c> today; PostgreSQL is planned behind the same switch.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>A full connection string; when empty, SQLite uses <c>{DataDirectory}/console.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The console's data folder (<c>Console:DataDirectory</c>); relative paths are from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public const string SqliteProvider = "Sqlite";

    public const string DatabaseFileName = "console.db";
}
