using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;

namespace MachineImagesConsole.Bench;

/// <summary>Real <see cref="ComputeClient"/>s against the benchmark's LocalCloud, through the counting handler.</summary>
internal sealed class BenchClientFactory(CountingHandler handler, Uri origin) : IComputeClientFactory
{
    public ComputeClient Create(IAccessTokenProvider tokens) => new(
        new HttpClient(handler, disposeHandler: false),
        tokens,
        new ComputeClientOptions { BaseUrl = new Uri(origin, "compute/v1/"), ResourceManagerBaseUrl = origin });
}
