using MachineImagesConsole.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Registers backup policies: options validated on start, the runner, and Quartz.NET with its persistent ADO job store in
/// the console database. The store's provider follows <c>Console:Database:Provider</c> here and only here (SQLite by default;
/// PostgreSQL, clustered, is the other case of the same switch), and Quartz provisions its own tables (its official schema) on start.
/// </summary>
public static class BackupsServiceCollectionExtensions
{
    public const string SchedulerName = "console-backups";

    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BackupsOptions>().BindConfiguration(BackupsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BackupsOptions>, BackupsOptionsValidator>();
        services.Configure<AuthorizationOptions>(BackupPrincipal.AddPolicy);
        services.AddSingleton<IAuthorizationHandler, ActingForPolicyRequirement>();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<BackupRunFeed>();
        services.TryAddSingleton<BackupRegionSlots>();
        services.TryAddSingleton<BackupRetention>();
        services.TryAddSingleton<BackupRunner>();
        services.TryAddSingleton<BackupScheduler>();
        services.TryAddScoped<BackupPolicyService>();
        services.TryAddScoped<BackupCoverageService>();

        var data = ConsoleDataServiceCollectionExtensions.ReadOptions(configuration);
        var connectionString = ConsoleDataServiceCollectionExtensions.BuildConnectionString(data);
        var backups = configuration.GetSection(BackupsOptions.SectionName).Get<BackupsOptions>() ?? new BackupsOptions();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                o.GenerateInstanceId = true; // one id per console: ready for a clustered store
            });
            q.UseDefaultThreadPool(maxConcurrency: 8);
            q.UsePersistentStore(store =>
            {
                switch (data.Provider)
                {
                    case ConsoleDataOptions.SqliteProvider:
                        store.UseSqlite(connectionString);
                        break;
                    case ConsoleDataOptions.PostgreSqlProvider:
                        // Several consoles on one PostgreSQL database share the store: Quartz's row locks make it a cluster.
                        store.UsePostgres(connectionString);
                        store.UseClustering(_ => { });
                        break;
                    default:
                        throw new InvalidOperationException($"Console:Database:Provider '{data.Provider}' has no Quartz job store configured.");
                }
                store.ConfigureStore(o =>
                {
                    o.MisfireThreshold = backups.MisfireThreshold;
                    o.SchemaProvisioning = SchemaProvisioning.CreateIfMissing;
                });
            });
        });
        services.AddHostedService<DeclaredPoliciesSync>();
        if (backups.SchedulerEnabled)
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        return services;
    }
}
