using System.Runtime.CompilerServices;
using MachineImagesConsole.Compute.Errors;
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
    /// <c>globalOperations.aggregatedList</c>, every page: the project's operations of every scope (global, each region,
    /// each zone) in one listing, with the scope (<c>global</c>, <c>regions/R</c>, <c>zones/Z</c>) of each.
    /// </summary>
    public async IAsyncEnumerable<(string Scope, Operation Operation)> AggregatedListAsync(string project, ListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var current = options ?? new ListOptions();
        while (true)
        {
            var page = await AggregatedListPageAsync(project, current, cancellationToken).ConfigureAwait(false);
            foreach (var (scope, scoped) in page.Items ?? [])
            {
                foreach (var operation in scoped.Operations ?? []) yield return (scope, operation);
            }
            if (string.IsNullOrEmpty(page.NextPageToken)) yield break;
            if (page.NextPageToken == current.PageToken)
                throw new ComputeApiException(System.Net.HttpStatusCode.InternalServerError, "globalOperations.aggregatedList returned the same nextPageToken twice; stopping to avoid an endless loop.");
            current = current with { PageToken = page.NextPageToken };
        }
    }

    /// <summary><c>globalOperations.aggregatedList</c>, one page as the server returned it (items keyed by scope, plus <c>unreachables</c>).</summary>
    public Task<OperationAggregatedList> AggregatedListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.GlobalOperationsAggregatedList, [project], ComputeTransport.ListQuery(options), null,
            ComputeJsonContext.Default.OperationAggregatedList, cancellationToken);

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
