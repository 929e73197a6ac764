using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.ResourceManager;
using MachineImagesConsole.Compute.Resources;

namespace MachineImagesConsole.Compute;

/// <summary>
/// The typed Compute Engine v1 REST client: one client per resource, named as Compute names them.
/// Retries come from the <see cref="HttpClient"/>'s pipeline: build it with <see cref="CreateHttpClient"/>
/// or register it with <c>services.AddComputeClient(...)</c> so the resilience pipeline (<see cref="ComputeResilience"/>) is in it.
/// The same code talks to Google and to LocalCloud; only <see cref="ComputeClientOptions"/> and the token differ.
/// </summary>
public sealed class ComputeClient
{
    private readonly ComputeClientOptions options;
    private readonly TimeProvider time;
    private readonly ComputeTransport transport;

    public ComputeClient(HttpClient http, IAccessTokenProvider tokens, ComputeClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        time = timeProvider ?? TimeProvider.System;

        var transport = new ComputeTransport(http, tokens, options);
        this.transport = transport;
        MachineImages = new MachineImagesClient(transport);
        Images = new ImagesClient(transport);
        Instances = new InstancesClient(transport);
        InstanceTemplates = new InstanceTemplatesClient(transport);
        Disks = new DisksClient(transport);
        Snapshots = new SnapshotsClient(transport);
        ZoneOperations = new ZoneOperationsClient(transport);
        RegionOperations = new RegionOperationsClient(transport);
        GlobalOperations = new GlobalOperationsClient(transport);
        Zones = new ZonesClient(transport);
        Regions = new RegionsClient(transport);
        MachineTypes = new MachineTypesClient(transport);
        Networks = new NetworksClient(transport);
        Subnetworks = new SubnetworksClient(transport);
        Projects = new ProjectsClient(transport);
        ResourceManager = new ResourceManagerClient(transport);
    }

    public MachineImagesClient MachineImages { get; }

    public ImagesClient Images { get; }

    public InstancesClient Instances { get; }

    public InstanceTemplatesClient InstanceTemplates { get; }

    public DisksClient Disks { get; }

    public SnapshotsClient Snapshots { get; }

    public ZoneOperationsClient ZoneOperations { get; }

    public RegionOperationsClient RegionOperations { get; }

    public GlobalOperationsClient GlobalOperations { get; }

    public ZonesClient Zones { get; }

    public RegionsClient Regions { get; }

    public MachineTypesClient MachineTypes { get; }

    public NetworksClient Networks { get; }

    public SubnetworksClient Subnetworks { get; }

    public ProjectsClient Projects { get; }

    /// <summary>Cloud Resource Manager v3 (project search), at <see cref="ComputeClientOptions.ResourceManagerBaseUrl"/>.</summary>
    public ResourceManagerClient ResourceManager { get; }

    /// <summary>
    /// An <see cref="HttpClient"/> whose pipeline is the resilience handler of <see cref="ComputeResilience"/> →
    /// <see cref="ComputeAttemptHandler"/> → <paramref name="inner"/> (a pooled <see cref="SocketsHttpHandler"/> when null).
    /// Its own timeout is off; the pipeline times each attempt out (<see cref="ComputeClientOptions.AttemptTimeout"/>).
    /// Disposing it disposes <paramref name="inner"/>.
    /// </summary>
    public static HttpClient CreateHttpClient(ComputeClientOptions options, HttpMessageHandler? inner = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        inner ??= new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        return new HttpClient(ComputeResilience.CreateHandler(options, new ComputeAttemptHandler { InnerHandler = inner }, timeProvider), disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>
    /// Waits for a long-running operation: picks the zonal, regional or global <c>wait</c> from the operation's
    /// <c>zone</c>/<c>region</c>, and calls it until <c>status</c> is DONE (it may return early). Each state seen
    /// is reported to <paramref name="progress"/> (the given one first).
    /// </summary>
    /// <returns>The DONE operation.</returns>
    /// <exception cref="ComputeOperationException">The operation finished with an <c>error</c>.</exception>
    /// <exception cref="ComputeOperationTimeoutException">Not DONE within <paramref name="timeout"/> (it keeps running on the server).</exception>
    public async Task<Operation> WaitForOperationAsync(Operation operation, TimeSpan? timeout = null, IProgress<Operation>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (timeout is { } t && t <= TimeSpan.Zero && t != Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "timeout must be positive.");
        var scope = OperationScope.Of(operation);

        var current = operation;
        progress?.Report(current);
        using var deadline = timeout is { } limit && limit != Timeout.InfiniteTimeSpan ? new CancellationTokenSource(limit, time) : null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline?.Token ?? CancellationToken.None);
        try
        {
            while (!IsDone(current))
            {
                var started = time.GetTimestamp();
                current = scope switch
                {
                    { Zone: { } zone } => await ZoneOperations.WaitAsync(scope.Project, zone, scope.Name, linked.Token).ConfigureAwait(false),
                    { Region: { } region } => await RegionOperations.WaitAsync(scope.Project, region, scope.Name, linked.Token).ConfigureAwait(false),
                    _ => await GlobalOperations.WaitAsync(scope.Project, scope.Name, linked.Token).ConfigureAwait(false),
                };
                progress?.Report(current);
                if (IsDone(current)) break;

                // wait returned early: don't spin.
                var pause = options.OperationPollInterval - time.GetElapsedTime(started);
                if (pause > TimeSpan.Zero) await Task.Delay(pause, time, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && deadline?.IsCancellationRequested == true)
        {
            throw new ComputeOperationTimeoutException(current, timeout!.Value, ex);
        }

        if (current.Error is not null) throw new ComputeOperationException(current);
        return current;
    }

    /// <summary>
    /// Sends a stored mutating request again, exactly as it was recorded (so with the same <c>requestId</c>: Compute returns the
    /// operation the first send started, or starts it once). Returns that operation, or null when the method answers with
    /// something else (a synchronous call such as <c>setIamPolicy</c>).
    /// </summary>
    public async Task<Operation?> ResendAsync(ComputeRequestRecord request, CancellationToken cancellationToken = default)
    {
        var body = await transport.ResendAsync(request, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            var operation = System.Text.Json.JsonSerializer.Deserialize(body, Serialization.ComputeJsonContext.Default.Operation);
            return operation is { Kind: "compute#operation" } ? operation : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static bool IsDone(Operation operation) => string.Equals(operation.Status, OperationStatus.Done, StringComparison.Ordinal);
}
