namespace MachineImagesConsole.Data;

/// <summary>Where the console keeps its own database (configuration sections <c>Console</c> and <c>Console:Database</c>).</summary>
public sealed class ConsoleDataOptions
{
    /// <summary>The configuration section of <see cref="Provider"/> and <see cref="ConnectionString"/>.</summary>
    public const string SectionName = "Console:Database";

    /// <summary>Database provider: <c>Sqlite</c> (default, one instance) or <c>PostgreSQL</c> (several instances).</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>
    /// A full connection string. Optional for SQLite (default <c>{DataDirectory}/console.db</c>); required for PostgreSQL,
    /// e.g. <c>Host=db;Database=console;Username=console;Password=…</c> (from the environment or a secret store).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The console's data folder (<c>Console:DataDirectory</c>); relative paths are from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public const string SqliteProvider = "Sqlite";

    public const string PostgreSqlProvider = "PostgreSQL";

    public const string DatabaseFileName = "console.db";

    public bool IsPostgreSql => string.Equals(Provider, PostgreSqlProvider, StringComparison.Ordinal);
}
