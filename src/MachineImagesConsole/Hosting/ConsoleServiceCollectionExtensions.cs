using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Layout;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Data;
using MachineImagesConsole.Hosting.ScaleOut;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Backups;
using MachineImagesConsole.Model.Restore;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Model.Lifecycle;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace MachineImagesConsole.Hosting;

/// <summary>The console's service registrations (shell, sign-in, data, health).</summary>
public static class ConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleServices(this IServiceCollection services, IConfiguration configuration, ConsoleOptions options, ConsoleEndpoints endpoints, string dataDirectory)
    {
        services.AddOptions<ConsoleOptions>().Bind(configuration.GetSection(ConsoleOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConsoleOptions>, ConsoleOptionsValidator>();
        services.AddSingleton(endpoints);
        services.TryAddSingleton(TimeProvider.System);

        // The key ring lives in the console database, so every instance on it reads the same keys.
        services.AddDataProtection()
            .SetApplicationName("MachineImagesConsole")
            .PersistKeysToConsoleDatabase();

        // The console database (audit log, tracked operations, sign-in sessions) and the Compute pipeline.
        services.AddConsoleData(configuration);
        services.AddConsoleAuthentication(options, endpoints);
        services.AddConsoleCompute(options, endpoints);
        services.AddComputeSession();
        services.TryAddScoped<Model.Create.CreateSourceCatalog>();
        services.TryAddTransient<Model.Validation.NameAvailability>();
        services.TryAddScoped<Model.Settings.SettingsSummary>();
        services.TryAddSingleton<Model.Audit.AuditQueryService>();
        services.TryAddScoped<Model.Commands.CommandExecutor>();
        services.TryAddScoped<Model.Dashboards.DashboardCatalog>();
        services.TryAddScoped<Model.Lifecycle.LifecycleCatalog>();
        services.TryAddScoped<Model.Drills.DrillSources>();
        services.TryAddScoped<Model.Operations.OperationsFeed>();
        services.TryAddSingleton<Model.Operations.RunningOperationsDiscovery>();
        services.TryAddSingleton<IProjectAccessPolicy, ComputeProjectAccessPolicy>();
        services.AddOperationTracking();
        services.AddOptions<Model.MutationReconcilerOptions>()
            .BindConfiguration(Model.MutationReconcilerOptions.SectionName)
            .Validate(o => o.ReconcileInterval > TimeSpan.Zero, "Console:Mutations:ReconcileInterval must be positive.")
            .Validate(o => o.MaxUnsettledAge > TimeSpan.Zero, "Console:Mutations:MaxUnsettledAge must be positive.")
            .ValidateOnStart();
        services.AddHostedService<Model.MutationReconciler>();
        services.AddSingleton<Data.ConsoleDataPurger>();
        services.AddHostedService(sp => sp.GetRequiredService<Data.ConsoleDataPurger>());
        services.AddConsoleScaleOut(configuration, options);
        services.AddRestoreFeatures();
        services.AddImageLifecycle();
        services.AddBackups(configuration);

        services.AddConsoleCircuits(configuration);
        services.AddConsoleDiagnostics(configuration);
        services.AddMudServices();
        services.AddScoped<ProjectContext>();
        services.TryAddScoped<IProjectDirectory, ComputeProjectDirectory>();

        services.AddHttpClient(ComputeHealthCheck.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<ComputeHealthCheck>("compute", tags: ["ready"]);
        return services;
    }
}
