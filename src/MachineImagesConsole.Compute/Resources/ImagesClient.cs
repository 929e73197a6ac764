using System.Globalization;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>images</c> (global disk images). Mutations return a global <see cref="Operation"/>.</summary>
public sealed class ImagesClient
{
    private readonly ComputeTransport transport;

    internal ImagesClient(ComputeTransport transport) => this.transport = transport;

    /// <summary>
    /// <c>images.insert</c>. The body names exactly one source (<c>sourceDisk</c>, <c>sourceImage</c>,
    /// <c>sourceSnapshot</c> or <c>rawDisk</c>). <paramref name="forceCreate"/> images a disk still attached to a
    /// running VM. <paramref name="requestId"/> is the idempotency key (generated when null).
    /// </summary>
    public Task<Operation> InsertAsync(string project, Image image, bool? forceCreate = null, Guid? requestId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        return transport.SendAsync(
            ComputeApiMethods.ImagesInsert, [project],
            [new("forceCreate", ComputeTransport.Bool(forceCreate)), new("requestId", ComputeTransport.RequestId(requestId))],
            ComputeTransport.Json(image, ComputeJsonContext.Default.Image),
            ComputeJsonContext.Default.Operation, cancellationToken);
    }

    /// <summary><c>images.get</c></summary>
    public Task<Image> GetAsync(string project, string image, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ImagesGet, [project, image], null, null, ComputeJsonContext.Default.Image, cancellationToken);

    /// <summary><c>images.getFromFamily</c>: the newest image of the family that is not deprecated.</summary>
    public Task<Image> GetFromFamilyAsync(string project, string family, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ImagesGetFromFamily, [project, family], null, null, ComputeJsonContext.Default.Image, cancellationToken);

    /// <summary><c>images.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<Image> ListAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<ImageList, Image>(ComputeApiMethods.ImagesList, [project], options, ComputeJsonContext.Default.ImageList, cancellationToken);

    /// <summary><c>images.list</c>, one page.</summary>
    public Task<ListPage<Image>> ListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<ImageList, Image>(ComputeApiMethods.ImagesList, [project], options, ComputeJsonContext.Default.ImageList, cancellationToken);

    /// <summary><c>images.delete</c>. <paramref name="requestId"/>: see <see cref="InsertAsync"/>.</summary>
    public Task<Operation> DeleteAsync(string project, string image, Guid? requestId = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ImagesDelete, [project, image],
            [new("requestId", ComputeTransport.RequestId(requestId))], null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary>
    /// <c>images.deprecate</c>: sets the deprecation state (ACTIVE, DEPRECATED, OBSOLETE, DELETED). An empty
    /// <see cref="DeprecationStatus"/> clears it. <paramref name="requestId"/>: see <see cref="InsertAsync"/>.
    /// </summary>
    public Task<Operation> DeprecateAsync(string project, string image, DeprecationStatus deprecationStatus, Guid? requestId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deprecationStatus);
        return transport.SendAsync(ComputeApiMethods.ImagesDeprecate, [project, image],
            [new("requestId", ComputeTransport.RequestId(requestId))],
            ComputeTransport.Json(deprecationStatus, ComputeJsonContext.Default.DeprecationStatus), ComputeJsonContext.Default.Operation, cancellationToken);
    }

    /// <summary>
    /// <c>images.setLabels</c>: replaces the whole label set; the <c>labelFingerprint</c> must match the current one,
    /// else 412 <c>conditionNotMet</c>. No requestId, so never retried.
    /// </summary>
    public Task<Operation> SetLabelsAsync(string project, string resource, GlobalSetLabelsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.SendAsync(ComputeApiMethods.ImagesSetLabels, [project, resource], null,
            ComputeTransport.Json(request, ComputeJsonContext.Default.GlobalSetLabelsRequest), ComputeJsonContext.Default.Operation, cancellationToken);
    }

    /// <summary><c>images.getIamPolicy</c>. Ask for version 3 when bindings may carry conditions.</summary>
    public Task<Policy> GetIamPolicyAsync(string project, string resource, int? optionsRequestedPolicyVersion = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ImagesGetIamPolicy, [project, resource],
            [new("optionsRequestedPolicyVersion", optionsRequestedPolicyVersion?.ToString(CultureInfo.InvariantCulture))], null,
            ComputeJsonContext.Default.Policy, cancellationToken);

    /// <summary><c>images.setIamPolicy</c> (synchronous).</summary>
    public Task<Policy> SetIamPolicyAsync(string project, string resource, GlobalSetPolicyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.SendAsync(ComputeApiMethods.ImagesSetIamPolicy, [project, resource], null,
            ComputeTransport.Json(request, ComputeJsonContext.Default.GlobalSetPolicyRequest), ComputeJsonContext.Default.Policy, cancellationToken);
    }

    /// <summary><c>images.testIamPermissions</c></summary>
    public Task<TestPermissionsResponse> TestIamPermissionsAsync(string project, string resource, TestPermissionsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.SendAsync(ComputeApiMethods.ImagesTestIamPermissions, [project, resource], null,
            ComputeTransport.Json(request, ComputeJsonContext.Default.TestPermissionsRequest), ComputeJsonContext.Default.TestPermissionsResponse, cancellationToken);
    }
}
