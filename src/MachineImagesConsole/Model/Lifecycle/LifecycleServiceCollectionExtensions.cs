using MachineImagesConsole.Model.Retention;
using MachineImagesConsole.Model.Sharing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MachineImagesConsole.Model.Lifecycle;

public static class LifecycleServiceCollectionExtensions
{
    /// <summary>
    /// Sharing, labels, protection, deprecation (with the scheduled-deprecation job), family rollback, blast radius,
    /// the delete guard and retention clean-up. Call after <c>AddComputeSession</c> and <c>AddOperationTracking</c>.
    /// </summary>
    public static IServiceCollection AddImageLifecycle(this IServiceCollection services)
    {
        services.AddOptions<ScheduledDeprecationOptions>()
            .BindConfiguration(ScheduledDeprecationOptions.SectionName)
            .Validate(o => o.CheckInterval >= TimeSpan.FromSeconds(1) && o.CheckInterval <= TimeSpan.FromHours(1),
                $"{ScheduledDeprecationOptions.SectionName}:CheckInterval must be between 00:00:01 and 01:00:00.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProtectionStore>();
        services.TryAddScoped<ConsoleActionGate>();
        services.TryAddScoped<SharingService>();
        services.TryAddScoped<WhoCanUseService>();
        services.TryAddScoped<LabelsService>();
        services.TryAddScoped<ProtectionService>();
        services.TryAddScoped<DeleteGuard>();
        services.TryAddScoped<BlastRadiusService>();
        services.TryAddScoped<DeprecationService>();
        services.TryAddScoped<FamilyRollbackService>();
        services.TryAddScoped<RetentionService>();
        services.TryAddSingleton<ScheduledDeprecationRunner>();
        services.AddHostedService<ScheduledDeprecationHostedService>();
        return services;
    }
}
