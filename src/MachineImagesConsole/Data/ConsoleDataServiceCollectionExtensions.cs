using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace MachineImagesConsole.Data;

/// <summary>Registers the console's database. The provider choice lives here and nowhere else.</summary>
public static class ConsoleDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IDbContextFactory{ConsoleDbContext}"/> (and a scoped <see cref="ConsoleDbContext"/> made by it),
    /// the schema initializer (a hosted service), the audit log and the audit query service. Reads
    /// <c>Console:DataDirectory</c>, <c>Console:Database:Provider</c> (<c>Sqlite</c>, the default, or <c>PostgreSQL</c>)
    /// and <c>Console:Database:ConnectionString</c>.
    /// </summary>
    public static IServiceCollection AddConsoleData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration);
        var connectionString = BuildConnectionString(options);

        services.AddDbContextFactory<ConsoleDbContext>(builder => UseProvider(builder, options, connectionString));
        services.AddSingleton(options);
        services.AddSingleton<DatabaseReadiness>();
        // First of all hosted services (and it migrates in StartingAsync): Data Protection's hosted service loads the key
        // ring from the database, and it is registered before this (AddDataProtection comes first in the console).
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditLog>();
        return services;
    }

    /// <summary>
    /// Keeps the data-protection key ring in the console database (table <c>DataProtectionKeys</c>), so sign-in
    /// cookies and stored tokens stay valid across restarts and across instances that share the database.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToConsoleDatabase(this IDataProtectionBuilder builder)
        => builder.PersistKeysToDbContext<ConsoleDbContext>();

    /// <summary>Applies the configured provider (and the per-provider migrations, see <see cref="ProviderMigrationsAssembly"/>).</summary>
    public static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder builder, ConsoleDataOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return options.IsPostgreSql
            ? builder.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3))
            : builder.UseSqlite(connectionString);
    }

    internal static ConsoleDataOptions ReadOptions(IConfiguration configuration)
    {
        var options = new ConsoleDataOptions();
        configuration.GetSection(ConsoleDataOptions.SectionName).Bind(options);
        if (configuration["Console:DataDirectory"] is { Length: > 0 } dataDirectory)
            options.DataDirectory = dataDirectory;

        if (string.Equals(options.Provider, ConsoleDataOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            options.Provider = ConsoleDataOptions.SqliteProvider;
        }
        else if (string.Equals(options.Provider, ConsoleDataOptions.PostgreSqlProvider, StringComparison.OrdinalIgnoreCase))
        {
            options.Provider = ConsoleDataOptions.PostgreSqlProvider;
        }
        else
        {
            throw new InvalidOperationException(
                $"Console:Database:Provider '{options.Provider}' is not supported; use '{ConsoleDataOptions.SqliteProvider}' or '{ConsoleDataOptions.PostgreSqlProvider}'.");
        }

        if (options.IsPostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new InvalidOperationException("Console:Database:ConnectionString is required when Console:Database:Provider is PostgreSQL.");
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.DataDirectory))
            throw new InvalidOperationException("Console:DataDirectory must not be empty when Console:Database:ConnectionString is not set.");
        return options;
    }

    internal static string BuildConnectionString(ConsoleDataOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString)) return options.ConnectionString;
        var path = Path.GetFullPath(Path.Combine(options.DataDirectory, ConsoleDataOptions.DatabaseFileName));
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }
}
