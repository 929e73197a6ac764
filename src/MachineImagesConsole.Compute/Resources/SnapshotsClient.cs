using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>snapshots</c>: disk snapshots (global).</summary>
public sealed class SnapshotsClient
{
    private readonly ComputeTransport transport;

    internal SnapshotsClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>snapshots.get</c></summary>
    public Task<Snapshot> GetAsync(string project, string snapshot, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.SnapshotsGet, [project, snapshot], null, null, ComputeJsonContext.Default.Snapshot, cancellationToken);

    /// <summary><c>snapshots.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<Snapshot> ListAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<SnapshotList, Snapshot>(ComputeApiMethods.SnapshotsList, [project], options, ComputeJsonContext.Default.SnapshotList, cancellationToken);

    /// <summary><c>snapshots.list</c>, one page.</summary>
    public Task<ListPage<Snapshot>> ListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<SnapshotList, Snapshot>(ComputeApiMethods.SnapshotsList, [project], options, ComputeJsonContext.Default.SnapshotList, cancellationToken);
}
