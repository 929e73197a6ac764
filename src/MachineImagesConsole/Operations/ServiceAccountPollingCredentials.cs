using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Data;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Operations;

/// <summary>Polls every operation with the console's service account (keyed <see cref="ComputeIdentityKeys.ServiceAccount"/>).</summary>
public sealed class ServiceAccountPollingCredentials(IServiceProvider services) : IOperationPollingCredentials
{
    public Task<IAccessTokenProvider> ForAsync(TrackedOperation operation, CancellationToken cancellationToken)
    {
        var provider = services.GetKeyedService<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount)
            ?? throw new InvalidOperationException(
                "No service-account token provider is registered (keyed '" + ComputeIdentityKeys.ServiceAccount
                + "'), so the console cannot follow Compute operations in the background.");
        return Task.FromResult(provider);
    }
}
