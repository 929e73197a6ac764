using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>regions</c>: regions.</summary>
public sealed class RegionsClient
{
    private readonly ComputeTransport transport;

    internal RegionsClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>regions.get</c></summary>
    public Task<Region> GetAsync(string project, string region, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.RegionsGet, [project, region], null, null, ComputeJsonContext.Default.Region, cancellationToken);

    /// <summary><c>regions.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<Region> ListAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<RegionList, Region>(ComputeApiMethods.RegionsList, [project], options, ComputeJsonContext.Default.RegionList, cancellationToken);

    /// <summary><c>regions.list</c>, one page.</summary>
    public Task<ListPage<Region>> ListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<RegionList, Region>(ComputeApiMethods.RegionsList, [project], options, ComputeJsonContext.Default.RegionList, cancellationToken);
}
