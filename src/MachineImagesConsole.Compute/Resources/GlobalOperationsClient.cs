using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>globalOperations</c>: global long-running operations. See also <see cref="ComputeClient.WaitForOperationAsync"/>.</summary>
public sealed class GlobalOperationsClient
{
    private readonly ComputeTransport transport;

    internal GlobalOperationsClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>globalOperations.get</c></summary>
    public Task<Operation> GetAsync(string project, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.GlobalOperationsGet, [project, operation], null, null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary><c>globalOperations.list</c>, every page.</summary>
    public IAsyncEnumerable<Operation> ListAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<OperationList, Operation>(ComputeApiMethods.GlobalOperationsList, [project], options, ComputeJsonContext.Default.OperationList, cancellationToken);

    /// <summary><c>globalOperations.list</c>, one page.</summary>
    public Task<ListPage<Operation>> ListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<OperationList, Operation>(ComputeApiMethods.GlobalOperationsList, [project], options, ComputeJsonContext.Default.OperationList, cancellationToken);

    /// <summary>
    /// <c>globalOperations.wait</c>: blocks up to about two minutes until the operation is DONE, then returns it as it
    /// stands. It may return early with the operation still running; loop until DONE.
    /// </summary>
    public Task<Operation> WaitAsync(string project, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.GlobalOperationsWait, [project, operation], null, null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary><c>globalOperations.delete</c>: removes the operation record (does not cancel the work).</summary>
    public Task DeleteAsync(string project, string operation, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.GlobalOperationsDelete, [project, operation], null, null, cancellationToken);
}
