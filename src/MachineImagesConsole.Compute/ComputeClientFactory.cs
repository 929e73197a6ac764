using MachineImagesConsole.Compute.Credentials;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Compute;

/// <summary>The <see cref="IComputeClientFactory"/> registered by <see cref="ComputeServiceCollectionExtensions.AddComputeClient"/>.</summary>
internal sealed class ComputeClientFactory(IHttpClientFactory httpClientFactory, IOptions<ComputeClientOptions> options, TimeProvider? timeProvider = null) : IComputeClientFactory
{
    public ComputeClient Create(IAccessTokenProvider tokens) =>
        new(httpClientFactory.CreateClient(ComputeServiceCollectionExtensions.HttpClientName), tokens, options.Value, timeProvider);
}
