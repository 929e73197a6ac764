using System.Globalization;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>machineImages</c> (global). Mutations return a global <see cref="Operation"/>.</summary>
public sealed class MachineImagesClient
{
    private readonly ComputeTransport transport;

    internal MachineImagesClient(ComputeTransport transport) => this.transport = transport;

    /// <summary>
    /// <c>machineImages.insert</c>. <paramref name="sourceInstance"/> is the VM's full or partial URL (sent as the
    /// query parameter, as Google's clients do). <paramref name="requestId"/> is the idempotency key: pass the
    /// same Guid when re-submitting the same request; when null one is generated for this call.
    /// </summary>
    public Task<Operation> InsertAsync(string project, MachineImage machineImage, string? sourceInstance = null, Guid? requestId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(machineImage);
        return transport.SendAsync(
            ComputeApiMethods.MachineImagesInsert, [project],
            [new("requestId", ComputeTransport.RequestId(requestId)), new("sourceInstance", ComputeTransport.NullIfEmpty(sourceInstance))],
            ComputeTransport.Json(machineImage, ComputeJsonContext.Default.MachineImage),
            ComputeJsonContext.Default.Operation, cancellationToken);
    }

    /// <summary><c>machineImages.get</c></summary>
    public Task<MachineImage> GetAsync(string project, string machineImage, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.MachineImagesGet, [project, machineImage], null, null, ComputeJsonContext.Default.MachineImage, cancellationToken);

    /// <summary><c>machineImages.list</c>, every page (follows <c>nextPageToken</c>).</summary>
    public IAsyncEnumerable<MachineImage> ListAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListAllAsync<MachineImageList, MachineImage>(ComputeApiMethods.MachineImagesList, [project], options, ComputeJsonContext.Default.MachineImageList, cancellationToken);

    /// <summary><c>machineImages.list</c>, one page.</summary>
    public Task<ListPage<MachineImage>> ListPageAsync(string project, ListOptions? options = null, CancellationToken cancellationToken = default) =>
        transport.ListPageAsync<MachineImageList, MachineImage>(ComputeApiMethods.MachineImagesList, [project], options, ComputeJsonContext.Default.MachineImageList, cancellationToken);

    /// <summary><c>machineImages.delete</c>. <paramref name="requestId"/>: see <see cref="InsertAsync"/>.</summary>
    public Task<Operation> DeleteAsync(string project, string machineImage, Guid? requestId = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.MachineImagesDelete, [project, machineImage],
            [new("requestId", ComputeTransport.RequestId(requestId))], null, ComputeJsonContext.Default.Operation, cancellationToken);

    /// <summary>
    /// <c>machineImages.setLabels</c>: replaces the whole label set. The request's <c>labelFingerprint</c> must match
    /// the current one, else 412 <c>conditionNotMet</c>. No requestId, so never retried.
    /// </summary>
    public Task<Operation> SetLabelsAsync(string project, string resource, GlobalSetLabelsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.SendAsync(ComputeApiMethods.MachineImagesSetLabels, [project, resource], null,
            ComputeTransport.Json(request, ComputeJsonContext.Default.GlobalSetLabelsRequest), ComputeJsonContext.Default.Operation, cancellationToken);
    }

    /// <summary><c>machineImages.getIamPolicy</c>. Ask for version 3 when bindings may carry conditions.</summary>
    public Task<Policy> GetIamPolicyAsync(string project, string resource, int? optionsRequestedPolicyVersion = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.MachineImagesGetIamPolicy, [project, resource],
            [new("optionsRequestedPolicyVersion", optionsRequestedPolicyVersion?.ToString(CultureInfo.InvariantCulture))], null,
            ComputeJsonContext.Default.Policy, cancellationToken);

    /// <summary><c>machineImages.setIamPolicy</c> (synchronous). Send the policy's <c>etag</c> back to avoid lost updates.</summary>
    public Task<Policy> SetIamPolicyAsync(string project, string resource, GlobalSetPolicyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.SendAsync(ComputeApiMethods.MachineImagesSetIamPolicy, [project, resource], null,
            ComputeTransport.Json(request, ComputeJsonContext.Default.GlobalSetPolicyRequest), ComputeJsonContext.Default.Policy, cancellationToken);
    }

    /// <summary><c>machineImages.testIamPermissions</c>: returns the subset of the permissions the caller holds.</summary>
    public Task<TestPermissionsResponse> TestIamPermissionsAsync(string project, string resource, TestPermissionsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return transport.SendAsync(ComputeApiMethods.MachineImagesTestIamPermissions, [project, resource], null,
            ComputeTransport.Json(request, ComputeJsonContext.Default.TestPermissionsRequest), ComputeJsonContext.Default.TestPermissionsResponse, cancellationToken);
    }
}
