using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>regionOperations</c>: regional long-running operations. See also <see cref="ComputeClient.WaitForOperationAsync"/>.</summary>
public sealed class RegionOperationsClient
{
    private readonly ComputeTransport transport;

    internal RegionOperationsClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>regionOperations.get</c></summary>
    public Task<Operation> GetAsync(string project, string region, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.RegionOperationsGet, [project, region, operation], null, null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary><c>regionOperations.list</c>, every page.</summary>
    public IAsyncEnumerable<Operation> ListAsync(string project, string region, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<OperationList, Operation>(ComputeApiMethods.RegionOperationsList, [project, region], options, ComputeJsonContext.Default.OperationList, cancellationToken);

    /// <summary><c>regionOperations.list</c>, one page.</summary>
    public Task<ListPage<Operation>> ListPageAsync(string project, string region, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<OperationList, Operation>(ComputeApiMethods.RegionOperationsList, [project, region], options, ComputeJsonContext.Default.OperationList, cancellationToken);

    /// <summary>
    /// <c>regionOperations.wait</c>: blocks up to about two minutes until the operation is DONE, then returns it as it
    /// stands. It may return early with the operation still running; loop until DONE.
    /// </summary>
    public Task<Operation> WaitAsync(string project, string region, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.RegionOperationsWait, [project, region, operation], null, null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary><c>regionOperations.delete</c>: removes the operation record (does not cancel the work).</summary>
    public Task DeleteAsync(string project, string region, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.RegionOperationsDelete, [project, region, operation], null, null, cancellationToken);
}
