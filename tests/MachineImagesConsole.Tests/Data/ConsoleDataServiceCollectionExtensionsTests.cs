using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MachineImagesConsole.Tests.Data;

public sealed class ConsoleDataServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddConsoleData_DataDirectory_CreatesConsoleDbThere()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mic-tests", Guid.NewGuid().ToString("N"), "nested");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Console:DataDirectory"] = folder }).Build();
        var services = new ServiceCollection().AddLogging().AddConsoleData(configuration);
        await using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(default);

        Assert.True(provider.GetRequiredService<DatabaseReadiness>().IsReady);
        Assert.True(File.Exists(Path.Combine(folder, ConsoleDataOptions.DatabaseFileName)));
        await using var db = await provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.AuditRecords.CountAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    [Fact]
    public void AddConsoleData_UnknownProvider_FailsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Console:Database:Provider"] = "Oracle" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddConsoleData(configuration));

        Assert.Contains("Console:Database:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConsoleData_PostgreSqlWithoutConnectionString_FailsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Console:Database:Provider"] = "postgresql" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddConsoleData(configuration));

        Assert.Contains("Console:Database:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddConsoleData_PostgreSql_UsesNpgsqlWithTheConnectionString()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Console:Database:Provider"] = "PostgreSQL",
            ["Console:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=console",
        }).Build();
        await using var provider = new ServiceCollection().AddLogging().AddConsoleData(configuration).BuildServiceProvider();

        await using var db = await provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Contains("Port=1", db.Database.GetConnectionString(), StringComparison.Ordinal);
    }
}
