using MachineImagesConsole.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Tests.Data;

/// <summary>A SQLite console database in a temp folder of its own, deleted on dispose.</summary>
internal sealed class TestDatabase : IDbContextFactory<ConsoleDbContext>, IAsyncDisposable
{
    private readonly DbContextOptions<ConsoleDbContext> _options;

    private TestDatabase(string folder)
    {
        Folder = folder;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "console.db") }.ToString();
        _options = new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(ConnectionString).Options;
    }

    public string Folder { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mic-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(folder);
        await DatabaseInitializer.InitializeAsync(database, CancellationToken.None);
        return database;
    }

    public ConsoleDbContext CreateDbContext() => new(_options);

    public Task<ConsoleDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the temp folder is cleaned by the OS eventually.
        }
        return ValueTask.CompletedTask;
    }
}
