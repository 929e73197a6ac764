using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>machineTypes</c>: machine types (zonal).</summary>
public sealed class MachineTypesClient
{
    private readonly ComputeTransport transport;

    internal MachineTypesClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>machineTypes.get</c></summary>
    public Task<MachineType> GetAsync(string project, string zone, string machineType, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.MachineTypesGet, [project, zone, machineType], null, null, ComputeJsonContext.Default.MachineType, cancellationToken);

    /// <summary><c>machineTypes.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<MachineType> ListAsync(string project, string zone, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<MachineTypeList, MachineType>(ComputeApiMethods.MachineTypesList, [project, zone], options, ComputeJsonContext.Default.MachineTypeList, cancellationToken);

    /// <summary><c>machineTypes.list</c>, one page.</summary>
    public Task<ListPage<MachineType>> ListPageAsync(string project, string zone, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<MachineTypeList, MachineType>(ComputeApiMethods.MachineTypesList, [project, zone], options, ComputeJsonContext.Default.MachineTypeList, cancellationToken);
}
