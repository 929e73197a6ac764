using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MachineImagesConsole.Operations;

/// <summary>Registers the operation tracker and maps its SignalR hub.</summary>
public static class OperationTrackingExtensions
{
    /// <summary>
    /// Adds the singleton <see cref="OperationTracker"/> (resumed at start by a hosted service), the Compute
    /// waiter, service-account polling credentials (replace <see cref="IOperationPollingCredentials"/> to poll
    /// differently), the hub broadcaster, <see cref="IProjectAccessPolicy"/>, SignalR, and options from
    /// <c>Console:Operations</c>. Call after <c>AddConsoleData</c>; what happens at DONE attaches as
    /// <see cref="IOperationCompletionHook"/> services (<c>AddComputeSession</c> adds the audit and cache one).
    /// </summary>
    public static IServiceCollection AddOperationTracking(this IServiceCollection services)
    {
        services.AddOptions<OperationTrackingOptions>()
            .BindConfiguration("Console:Operations")
            .Validate(o => o.MinUpdateInterval >= TimeSpan.Zero, "Console:Operations:MinUpdateInterval must not be negative.")
            .Validate(o => o.ProgressPollInterval >= TimeSpan.Zero, "Console:Operations:ProgressPollInterval must not be negative.")
            .Validate(o => o.DiscoveryInterval == TimeSpan.Zero || o.DiscoveryInterval >= TimeSpan.FromMilliseconds(100),
                "Console:Operations:DiscoveryInterval must be zero (off) or at least 00:00:00.1.")
            .Validate(o => o.ProjectAccessCacheWindow >= TimeSpan.Zero, "Console:Operations:ProjectAccessCacheWindow must not be negative.")
            .Validate(o => o.SubscriberBufferSize >= 1, "Console:Operations:SubscriberBufferSize must be at least 1.")
            .Validate(o => o.InitialRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.InitialRetryDelay,
                "Console:Operations:InitialRetryDelay must be positive and at most MaxRetryDelay.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOperationPollingCredentials, ServiceAccountPollingCredentials>();
        services.TryAddSingleton<IOperationWaiter, ComputeOperationWaiter>();
        services.TryAddSingleton<IProjectAccessPolicy, AuthorizationProjectAccessPolicy>();
        services.TryAddSingleton<IOperationLeases, SingleInstanceOperationLeases>();
        services.TryAddSingleton<OperationTracker>();
        services.TryAddSingleton<OperationHubWatchers>();
        services.AddHostedService<OperationLeaseMonitor>();
        services.AddHostedService<OperationTrackerHostedService>();
        services.AddHostedService<OperationsHubBroadcaster>();
        services.AddSignalR();
        return services;
    }

    /// <summary>Maps <see cref="OperationsHub"/> at <c>/hubs/operations</c> (it requires the View policy).</summary>
    public static HubEndpointConventionBuilder MapOperationsHub(this IEndpointRouteBuilder endpoints)
        => endpoints.MapHub<OperationsHub>(OperationsHub.Path);
}
