using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>zones</c>: zones.</summary>
public sealed class ZonesClient
{
    private readonly ComputeTransport transport;

    internal ZonesClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>zones.get</c></summary>
    public Task<Zone> GetAsync(string project, string zone, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ZonesGet, [project, zone], null, null, ComputeJsonContext.Default.Zone, cancellationToken);

    /// <summary><c>zones.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<Zone> ListAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<ZoneList, Zone>(ComputeApiMethods.ZonesList, [project], options, ComputeJsonContext.Default.ZoneList, cancellationToken);

    /// <summary><c>zones.list</c>, one page.</summary>
    public Task<ListPage<Zone>> ListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<ZoneList, Zone>(ComputeApiMethods.ZonesList, [project], options, ComputeJsonContext.Default.ZoneList, cancellationToken);
}
