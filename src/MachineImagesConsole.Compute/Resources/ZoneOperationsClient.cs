using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>zoneOperations</c>: zonal long-running operations. See also <see cref="ComputeClient.WaitForOperationAsync"/>.</summary>
public sealed class ZoneOperationsClient
{
    private readonly ComputeTransport transport;

    internal ZoneOperationsClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>zoneOperations.get</c></summary>
    public Task<Operation> GetAsync(string project, string zone, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ZoneOperationsGet, [project, zone, operation], null, null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary><c>zoneOperations.list</c>, every page.</summary>
    public IAsyncEnumerable<Operation> ListAsync(string project, string zone, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<OperationList, Operation>(ComputeApiMethods.ZoneOperationsList, [project, zone], options, ComputeJsonContext.Default.OperationList, cancellationToken);

    /// <summary><c>zoneOperations.list</c>, one page.</summary>
    public Task<ListPage<Operation>> ListPageAsync(string project, string zone, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<OperationList, Operation>(ComputeApiMethods.ZoneOperationsList, [project, zone], options, ComputeJsonContext.Default.OperationList, cancellationToken);

    /// <summary>
    /// <c>zoneOperations.wait</c>: blocks up to about two minutes until the operation is DONE, then returns it as it
    /// stands. It may return early with the operation still running; loop until DONE.
    /// </summary>
    public Task<Operation> WaitAsync(string project, string zone, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ZoneOperationsWait, [project, zone, operation], null, null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary><c>zoneOperations.delete</c>: removes the operation record (does not cancel the work).</summary>
    public Task DeleteAsync(string project, string zone, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ZoneOperationsDelete, [project, zone, operation], null, null, cancellationToken);
}
