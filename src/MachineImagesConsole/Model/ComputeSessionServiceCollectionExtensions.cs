using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MachineImagesConsole.Model;

/// <summary>Registers the per-circuit Compute session and the mutation pipeline.</summary>
public static class ComputeSessionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ComputeSession"/> and <see cref="MutationPipeline"/> (scoped), <see cref="ComputeListCache"/>
    /// (singleton) and <see cref="ComputeSessionOptions"/> from <c>Console:Compute</c>, validated on start.
    /// Needs, from elsewhere: <c>IComputeClientFactory</c> (<c>AddComputeClient</c>), a scoped
    /// <c>IAccessTokenProvider</c> for the signed-in user and/or a keyed service-account one
    /// (<c>ComputeIdentityKeys.ServiceAccount</c>), <c>AuthenticationStateProvider</c>, authorization,
    /// <see cref="ConsoleDataServiceCollectionExtensions.AddConsoleData"/> and <c>AddOperationTracking</c>.
    /// </summary>
    public static IServiceCollection AddComputeSession(this IServiceCollection services)
    {
        services.AddOptions<ComputeSessionOptions>()
            .BindConfiguration(ComputeSessionOptions.SectionName)
            .Validate(o => Enum.IsDefined(o.Identity), $"{ComputeSessionOptions.SectionName}:Identity must be User or ServiceAccount.")
            .Validate(o => o.ListCacheWindow >= TimeSpan.Zero && o.ListCacheWindow <= TimeSpan.FromMinutes(10),
                $"{ComputeSessionOptions.SectionName}:ListCacheWindow must be between 00:00:00 and 00:10:00.")
            .Validate(o => o.ListCacheSizeLimit is >= 1_000 and <= 10_000_000,
                $"{ComputeSessionOptions.SectionName}:ListCacheSizeLimit must be between 1000 and 10000000 items.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ComputeListCache>();
        services.TryAddScoped<ComputeSession>();
        services.AddDataProtection(); // idempotent; the host persists the key ring in the console database
        services.TryAddSingleton<StoredRequestProtection>();
        services.TryAddSingleton<MutationJournal>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOperationCompletionHook, OperationCompletion>());
        services.TryAddScoped<MutationPipeline>();
        // The one service-account pipeline builder for background work (drills, clones, backups, scheduled deprecations).
        services.TryAddSingleton<ServiceAccountPipelines>();
        services.TryAddSingleton<IBackgroundPipelineFactory>(sp => sp.GetRequiredService<ServiceAccountPipelines>());
        return services;
    }

}
