using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>disks</c>: persistent disks (zonal).</summary>
public sealed class DisksClient
{
    private readonly ComputeTransport transport;

    internal DisksClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>disks.get</c></summary>
    public Task<Disk> GetAsync(string project, string zone, string disk, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.DisksGet, [project, zone, disk], null, null, ComputeJsonContext.Default.Disk, cancellationToken);

    /// <summary><c>disks.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<Disk> ListAsync(string project, string zone, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<DiskList, Disk>(ComputeApiMethods.DisksList, [project, zone], options, ComputeJsonContext.Default.DiskList, cancellationToken);

    /// <summary><c>disks.list</c>, one page.</summary>
    public Task<ListPage<Disk>> ListPageAsync(string project, string zone, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<DiskList, Disk>(ComputeApiMethods.DisksList, [project, zone], options, ComputeJsonContext.Default.DiskList, cancellationToken);
}
