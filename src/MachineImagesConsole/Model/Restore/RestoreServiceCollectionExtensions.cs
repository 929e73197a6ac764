using MachineImagesConsole.Model.Drills;
using MachineImagesConsole.Model.HelpDesk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Restore;

/// <summary>Registers restore, restore drills and help-desk self-service (options validated on start, background jobs).</summary>
public static class RestoreServiceCollectionExtensions
{
    public static IServiceCollection AddRestoreFeatures(this IServiceCollection services)
    {
        services.AddOptions<DrillOptions>().BindConfiguration(DrillOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DrillOptions>, DrillOptionsValidator>();
        services.AddOptions<HelpDeskOptions>().BindConfiguration(HelpDeskOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HelpDeskOptions>, HelpDeskOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(DrillRunner.ProbeHttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));

        services.TryAddSingleton<DrillQueue>();
        services.TryAddSingleton<DrillRunner>();
        services.TryAddSingleton<DrillScheduler>();
        services.TryAddSingleton<CloneGuardrails>();
        services.TryAddScoped<SelfServiceCloneService>();
        services.TryAddScoped<CloneFromVmService>();
        services.TryAddScoped<SelfServiceCatalog>();
        services.TryAddScoped<RestoreCatalog>();
        services.AddHostedService<DrillBackgroundService>();
        services.AddSingleton<CloneExpiryService>();
        services.AddHostedService(sp => sp.GetRequiredService<CloneExpiryService>());
        return services;
    }
}
