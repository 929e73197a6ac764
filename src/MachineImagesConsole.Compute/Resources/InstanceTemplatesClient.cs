using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>instanceTemplates</c>: instance templates (global).</summary>
public sealed class InstanceTemplatesClient
{
    private readonly ComputeTransport transport;

    internal InstanceTemplatesClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>instanceTemplates.get</c></summary>
    public Task<InstanceTemplate> GetAsync(string project, string instanceTemplate, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.InstanceTemplatesGet, [project, instanceTemplate], null, null, ComputeJsonContext.Default.InstanceTemplate, cancellationToken);

    /// <summary><c>instanceTemplates.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<InstanceTemplate> ListAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<InstanceTemplateList, InstanceTemplate>(ComputeApiMethods.InstanceTemplatesList, [project], options, ComputeJsonContext.Default.InstanceTemplateList, cancellationToken);

    /// <summary><c>instanceTemplates.list</c>, one page.</summary>
    public Task<ListPage<InstanceTemplate>> ListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<InstanceTemplateList, InstanceTemplate>(ComputeApiMethods.InstanceTemplatesList, [project], options, ComputeJsonContext.Default.InstanceTemplateList, cancellationToken);

    /// <summary><c>instanceTemplates.insert</c>. <paramref name="requestId"/> is the idempotency key (generated when null).</summary>
    public Task<Operation> InsertAsync(string project, InstanceTemplate instanceTemplate, Guid? requestId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceTemplate);
        return transport.SendAsync(
            ComputeApiMethods.InstanceTemplatesInsert, [project],
            [new("requestId", ComputeTransport.RequestId(requestId))],
            ComputeTransport.Json(instanceTemplate, ComputeJsonContext.Default.InstanceTemplate),
            ComputeJsonContext.Default.Operation, cancellationToken);
    }
}
