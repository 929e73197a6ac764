using System.Globalization;
using System.Runtime.CompilerServices;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>instances</c> (zonal VMs). Mutations return a zonal <see cref="Operation"/>.</summary>
public sealed class InstancesClient
{
    private readonly ComputeTransport transport;

    internal InstancesClient(ComputeTransport transport) => this.transport = transport;

    /// <summary>
    /// <c>instances.insert</c>. To restore from a machine image pass <paramref name="sourceMachineImage"/>
    /// (full or partial URL, e.g. <c>projects/P/global/machineImages/NAME</c>); the body's fields override the
    /// image's stored configuration and <c>name</c> is still required. <paramref name="requestId"/> is the
    /// idempotency key (generated when null).
    /// </summary>
    public Task<Operation> InsertAsync(string project, string zone, Instance instance, string? sourceMachineImage = null, string? sourceInstanceTemplate = null, Guid? requestId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return transport.SendAsync(
            ComputeApiMethods.InstancesInsert, [project, zone],
            [
                new("requestId", ComputeTransport.RequestId(requestId)),
                new("sourceInstanceTemplate", ComputeTransport.NullIfEmpty(sourceInstanceTemplate)),
                new("sourceMachineImage", ComputeTransport.NullIfEmpty(sourceMachineImage)),
            ],
            ComputeTransport.Json(instance, ComputeJsonContext.Default.Instance),
            ComputeJsonContext.Default.Operation, cancellationToken);
    }

    /// <summary><c>instances.get</c></summary>
    public Task<Instance> GetAsync(string project, string zone, string instance, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.InstancesGet, [project, zone, instance], null, null, ComputeJsonContext.Default.Instance, cancellationToken);

    /// <summary><c>instances.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<Instance> ListAsync(string project, string zone, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<InstanceList, Instance>(ComputeApiMethods.InstancesList, [project, zone], options, ComputeJsonContext.Default.InstanceList, cancellationToken);

    /// <summary><c>instances.list</c>, one page.</summary>
    public Task<ListPage<Instance>> ListPageAsync(string project, string zone, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<InstanceList, Instance>(ComputeApiMethods.InstancesList, [project, zone], options, ComputeJsonContext.Default.InstanceList, cancellationToken);

    /// <summary>
    /// <c>instances.aggregatedList</c> (<c>projects/{project}/aggregated/instances</c>), every page: each VM with its
    /// scope key, e.g. <c>zones/us-central1-a</c>. Scopes that only carry a warning yield nothing.
    /// </summary>
    public async IAsyncEnumerable<(string Scope, Instance Instance)> AggregatedListAsync(string project, ListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var current = options ?? new ListOptions();
        while (true)
        {
            var page = await AggregatedListPageAsync(project, current, cancellationToken).ConfigureAwait(false);
            foreach (var (scope, scoped) in page.Items ?? [])
            {
                foreach (var instance in scoped.Instances ?? []) yield return (scope, instance);
            }
            if (string.IsNullOrEmpty(page.NextPageToken)) yield break;
            if (page.NextPageToken == current.PageToken)
                throw new ComputeApiException(System.Net.HttpStatusCode.InternalServerError, "instances.aggregatedList returned the same nextPageToken twice; stopping to avoid an endless loop.");
            current = current with { PageToken = page.NextPageToken };
        }
    }

    /// <summary><c>instances.aggregatedList</c>, one page as the server returned it (items keyed by scope).</summary>
    public Task<InstanceAggregatedList> AggregatedListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.InstancesAggregatedList, [project], ComputeTransport.ListQuery(options), null,
            ComputeJsonContext.Default.InstanceAggregatedList, cancellationToken);

    /// <summary><c>instances.delete</c>. <paramref name="requestId"/>: see <see cref="InsertAsync"/>.</summary>
    public Task<Operation> DeleteAsync(string project, string zone, string instance, Guid? requestId = null, bool? noGracefulShutdown = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.InstancesDelete, [project, zone, instance],
            [new("noGracefulShutdown", ComputeTransport.Bool(noGracefulShutdown)), new("requestId", ComputeTransport.RequestId(requestId))],
            null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary><c>instances.start</c>. <paramref name="requestId"/>: see <see cref="InsertAsync"/>.</summary>
    public Task<Operation> StartAsync(string project, string zone, string instance, Guid? requestId = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.InstancesStart, [project, zone, instance],
            [new("requestId", ComputeTransport.RequestId(requestId))], null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary><c>instances.stop</c>. <paramref name="requestId"/>: see <see cref="InsertAsync"/>.</summary>
    public Task<Operation> StopAsync(string project, string zone, string instance, Guid? requestId = null, bool? discardLocalSsd = null, bool? noGracefulShutdown = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.InstancesStop, [project, zone, instance],
            [
                new("discardLocalSsd", ComputeTransport.Bool(discardLocalSsd)),
                new("noGracefulShutdown", ComputeTransport.Bool(noGracefulShutdown)),
                new("requestId", ComputeTransport.RequestId(requestId)),
            ],
            null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary>
    /// <c>instances.getSerialPortOutput</c>. <paramref name="port"/> 1–4 (default 1); <paramref name="start"/> is a byte
    /// offset (negative: the last N bytes); resume from the returned <c>next</c>.
    /// </summary>
    public Task<SerialPortOutput> GetSerialPortOutputAsync(string project, string zone, string instance, int? port = null, long? start = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.InstancesGetSerialPortOutput, [project, zone, instance],
            [new("port", port?.ToString(CultureInfo.InvariantCulture)), new("start", start?.ToString(CultureInfo.InvariantCulture))],
            null, ComputeJsonContext.Default.SerialPortOutput, cancellationToken);
}
