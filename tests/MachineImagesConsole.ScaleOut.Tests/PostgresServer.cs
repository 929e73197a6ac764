using Npgsql;

namespace MachineImagesConsole.ScaleOut.Tests;

/// <summary>
/// A PostgreSQL cluster of the tests' own (Debian's <c>postgresql</c> binaries from /usr/lib/postgresql/N/bin): data in a
/// temp folder, listening on a free loopback port, run as the <c>postgres</c> user when the tests run as root (PostgreSQL
/// refuses root). Stopped and deleted on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly string? _runAs;

    private PostgresServer(string bin, string folder, string? runAs, int port)
    {
        _bin = bin;
        _folder = folder;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_folder, "data");

    /// <summary>A connection string for <paramref name="database"/> (superuser, trust on loopback: a throw-away test cluster).</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = true,
    }.ConnectionString;

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault() ?? throw new InvalidOperationException("PostgreSQL is not installed: apt-get install postgresql (scripts/test.sh does this as root).");
        var folder = Path.Combine(Path.GetTempPath(), "mic-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        string? runAs = null;
        if (Environment.UserName == "root")
        {
            runAs = "postgres";
            await ChildProcess.RunAsync("chown", ["-R", "postgres:postgres", folder], TimeSpan.FromSeconds(30));
        }

        var server = new PostgresServer(bin, folder, runAs, FreePort.Next());
        await server.PgAsync("initdb", ["-D", server.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"], TimeSpan.FromMinutes(2));
        var settings = $"-c listen_addresses=127.0.0.1 -p {server.Port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await server.PgAsync("pg_ctl", ["-D", server.DataDirectory, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "120", "-o", settings, "start"], TimeSpan.FromMinutes(3));
        return server;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await PgAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "-t", "60", "stop"], TimeSpan.FromMinutes(2));
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private Task<string> PgAsync(string tool, string[] arguments, TimeSpan timeout)
    {
        var path = Path.Combine(_bin, tool);
        return _runAs is null
            ? ChildProcess.RunAsync(path, arguments, timeout)
            : ChildProcess.RunAsync("runuser", ["-u", _runAs, "--", path, .. arguments], timeout);
    }
}
