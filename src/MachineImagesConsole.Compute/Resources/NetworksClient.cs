using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>networks</c>: VPC networks (global).</summary>
public sealed class NetworksClient
{
    private readonly ComputeTransport transport;

    internal NetworksClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>networks.get</c></summary>
    public Task<Network> GetAsync(string project, string network, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.NetworksGet, [project, network], null, null, ComputeJsonContext.Default.Network, cancellationToken);

    /// <summary><c>networks.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<Network> ListAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<NetworkList, Network>(ComputeApiMethods.NetworksList, [project], options, ComputeJsonContext.Default.NetworkList, cancellationToken);

    /// <summary><c>networks.list</c>, one page.</summary>
    public Task<ListPage<Network>> ListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<NetworkList, Network>(ComputeApiMethods.NetworksList, [project], options, ComputeJsonContext.Default.NetworkList, cancellationToken);
}
