using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MachineImagesConsole.Data;

/// <summary>Registers the console's database. The provider choice lives here and nowhere else.</summary>
public static class ConsoleDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IDbContextFactory{ConsoleDbContext}"/>, the schema initializer (a hosted service),
    /// the audit log and the audit query service. Reads <c>Console:DataDirectory</c>,
    /// <c>Console:Data:Provider</c> (default <c>Sqlite</c>) and <c>Console:Data:ConnectionString</c>.
    /// </summary>
    public static IServiceCollection AddConsoleData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = ReadOptions(configuration);
        var connectionString = BuildConnectionString(options);

        services.AddDbContextFactory<ConsoleDbContext>(builder =>
        {
            switch (options.Provider)
            {
                case ConsoleDataOptions.SqliteProvider:
                    builder.UseSqlite(connectionString);
                    break;
                default:
                    throw new InvalidOperationException(
                        $"Console:Data:Provider '{options.Provider}' is not supported; use '{ConsoleDataOptions.SqliteProvider}'.");
            }
        });

        services.AddSingleton(options);
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseInitializer>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditQueryService>();
        return services;
    }

    internal static ConsoleDataOptions ReadOptions(IConfiguration configuration)
    {
        var options = new ConsoleDataOptions();
        configuration.GetSection("Console:Data").Bind(options);
        if (configuration["Console:DataDirectory"] is { Length: > 0 } dataDirectory)
            options.DataDirectory = dataDirectory;

        if (!string.Equals(options.Provider, ConsoleDataOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Console:Data:Provider '{options.Provider}' is not supported; use '{ConsoleDataOptions.SqliteProvider}'.");
        }

        options.Provider = ConsoleDataOptions.SqliteProvider;
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.DataDirectory))
            throw new InvalidOperationException("Console:DataDirectory must not be empty when Console:Data:ConnectionString is not set.");
        return options;
    }

    internal static string BuildConnectionString(ConsoleDataOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString)) return options.ConnectionString;
        var path = Path.GetFullPath(Path.Combine(options.DataDirectory, ConsoleDataOptions.DatabaseFileName));
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }
}
