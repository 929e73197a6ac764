using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>subnetworks</c>: subnetworks (regional).</summary>
public sealed class SubnetworksClient
{
    private readonly ComputeTransport transport;

    internal SubnetworksClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>subnetworks.get</c></summary>
    public Task<Subnetwork> GetAsync(string project, string region, string subnetwork, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.SubnetworksGet, [project, region, subnetwork], null, null, ComputeJsonContext.Default.Subnetwork, cancellationToken);

    /// <summary><c>subnetworks.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<Subnetwork> ListAsync(string project, string region, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<SubnetworkList, Subnetwork>(ComputeApiMethods.SubnetworksList, [project, region], options, ComputeJsonContext.Default.SubnetworkList, cancellationToken);

    /// <summary><c>subnetworks.list</c>, one page.</summary>
    public Task<ListPage<Subnetwork>> ListPageAsync(string project, string region, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<SubnetworkList, Subnetwork>(ComputeApiMethods.SubnetworksList, [project, region], options, ComputeJsonContext.Default.SubnetworkList, cancellationToken);
}
