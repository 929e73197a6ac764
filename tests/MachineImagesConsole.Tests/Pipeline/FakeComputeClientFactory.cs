using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;

namespace MachineImagesConsole.Tests.Pipeline;

/// <summary>Builds real <see cref="ComputeClient"/>s over a <see cref="FakeComputeHandler"/> (one attempt, no retries).</summary>
internal sealed class FakeComputeClientFactory(HttpMessageHandler handler) : IComputeClientFactory
{
    public List<IAccessTokenProvider> TokenProviders { get; } = [];

    public ComputeClient Create(IAccessTokenProvider tokens)
    {
        TokenProviders.Add(tokens);
        return new ComputeClient(
            new HttpClient(handler, disposeHandler: false),
            tokens,
            new ComputeClientOptions
            {
                BaseUrl = new Uri("http://compute.test/compute/v1/"),
                ResourceManagerBaseUrl = new Uri("http://compute.test/"),
                MaxAttempts = 1,
                OperationPollInterval = TimeSpan.Zero,
            });
    }
}
