using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.ResourceManager;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Dashboards;
using MachineImagesConsole.Model.Lists;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model;

/// <summary>
/// One person's Compute connection for the life of a circuit (scoped). It calls Compute with the person's
/// own token (<see cref="IAccessTokenProvider"/> from DI) or with the console's service account (keyed
/// <see cref="ComputeIdentityKeys.ServiceAccount"/>), per <c>Console:Compute:Identity</c>. Reads go through
/// <see cref="ComputeListCache"/>; mutations go through <see cref="MutationPipeline"/>, never straight to <see cref="Client"/>.
/// </summary>
public sealed class ComputeSession
{
    /// <summary>The cache kind of the project's whole machine-image list (shared with <c>Dashboards.ProgressiveList</c>).</summary>
    public const string MachineImagesListKind = "machineImages";

    /// <summary>The cache kind of the project's whole image list (shared with <c>Dashboards.ProgressiveList</c>).</summary>
    public const string ImagesListKind = "images";

    private readonly IServiceProvider _services;
    private readonly IComputeClientFactory _clientFactory;
    private readonly AuthenticationStateProvider _authenticationState;
    private readonly ComputeListCache _cache;
    private readonly Lazy<ComputeClient> _client;

    public ComputeSession(
        IServiceProvider services,
        IComputeClientFactory clientFactory,
        AuthenticationStateProvider authenticationState,
        ComputeListCache cache,
        IOptions<ComputeSessionOptions> options)
    {
        _services = services;
        _clientFactory = clientFactory;
        _authenticationState = authenticationState;
        _cache = cache;
        Identity = options.Value.Identity;
        _client = new Lazy<ComputeClient>(CreateClient);
    }

    /// <summary>Whose credentials this session calls Compute with.</summary>
    public ComputeIdentity Identity { get; }

    /// <summary>The Compute client for this person (created on first use).</summary>
    public ComputeClient Client => _client.Value;

    /// <summary>
    /// The project's machine images as one shared, page-by-page load (newest first, rows built once): the one in the cache
    /// for this identity, or a new one. Every circuit showing the list reads its snapshots.
    /// </summary>
    public async Task<ListLoad<MachineImage, MachineImageRow>> MachineImageListAsync(string project)
    {
        var identity = await IdentityKeyAsync();
        return _cache.GetOrStartList(project, identity, MachineImagesListKind, token => ProgressiveList.StartMachineImages(Client, project, token));
    }

    /// <summary>The project's images as one shared, page-by-page load (see <see cref="MachineImageListAsync"/>).</summary>
    public async Task<ListLoad<Image, ImageRow>> ImageListAsync(string project)
    {
        var identity = await IdentityKeyAsync();
        return _cache.GetOrStartList(project, identity, ImagesListKind, token => ProgressiveList.StartImages(Client, project, token));
    }

    /// <summary>Every machine image of the project, newest first (the same shared load as <see cref="MachineImageListAsync"/>).</summary>
    public async Task<IReadOnlyList<MachineImage>> ListMachineImagesAsync(string project, CancellationToken cancellationToken)
        => (await (await MachineImageListAsync(project)).Completion.WaitAsync(cancellationToken)).Items;

    /// <summary>Every image of the project, newest first (the same shared load as <see cref="ImageListAsync"/>).</summary>
    public async Task<IReadOnlyList<Image>> ListImagesAsync(string project, CancellationToken cancellationToken)
        => (await (await ImageListAsync(project)).Completion.WaitAsync(cancellationToken)).Items;

    /// <summary>Instances of every zone (aggregated list), with the scope (<c>zones/{zone}</c>) of each.</summary>
    public Task<IReadOnlyList<(string Scope, Instance Instance)>> ListInstancesAsync(string project, CancellationToken cancellationToken)
        => CachedAsync(project, "instances", ct => ToListAsync(Client.Instances.AggregatedListAsync(project, null, ct), ct), cancellationToken);

    public Task<IReadOnlyList<Zone>> ListZonesAsync(string project, CancellationToken cancellationToken)
        => CachedAsync(project, "zones", ct => ToListAsync(Client.Zones.ListAsync(project, null, ct), ct), cancellationToken);

    /// <summary>Projects this identity can see (Cloud Resource Manager <c>projects:search</c>).</summary>
    public Task<IReadOnlyList<ResourceManagerProject>> ListProjectsAsync(CancellationToken cancellationToken)
        => CachedAsync(string.Empty, "projects", ct => ToListAsync(Client.ResourceManager.SearchProjectsAsync(null, ct), ct), cancellationToken);

    /// <summary>
    /// <c>images.getFromFamily</c>: the image the family resolves to now, or null when it resolves to nothing (404).
    /// Cached like the lists, per project + identity + family, and cleared by a mutation in the project.
    /// </summary>
    public async Task<Image?> GetImageFromFamilyAsync(string project, string family, CancellationToken cancellationToken)
    {
        var identity = await IdentityKeyAsync();
        return await _cache.GetOrAddAsync<Image?>(project, identity, "imageFromFamily:" + family, async ct =>
        {
            try
            {
                return await Client.Images.GetFromFamilyAsync(project, family, ct);
            }
            catch (Compute.Errors.ComputeApiException e) when (e.IsNotFound)
            {
                return null;
            }
        }, cancellationToken);
    }

    /// <summary>Forgets cached lists of the project (the pipeline and the tracker do this on every change).</summary>
    public void Invalidate(string project) => _cache.Invalidate(project);

    /// <summary>The cache key part that separates what different identities may read.</summary>
    public async Task<string> IdentityKeyAsync()
    {
        if (Identity == ComputeIdentity.ServiceAccount) return "serviceAccount";
        var state = await _authenticationState.GetAuthenticationStateAsync();
        return "user:" + ConsoleUser.EmailOf(state.User);
    }

    private async Task<IReadOnlyList<T>> CachedAsync<T>(
        string project,
        string kind,
        Func<CancellationToken, Task<IReadOnlyList<T>>> load,
        CancellationToken cancellationToken)
    {
        var identity = await IdentityKeyAsync();
        return await _cache.GetOrAddAsync(project, identity, kind, load, cancellationToken);
    }

    private ComputeClient CreateClient()
    {
        var tokens = Identity == ComputeIdentity.ServiceAccount
            ? _services.GetKeyedService<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount)
                ?? throw new InvalidOperationException(
                    "Console:Compute:Identity is ServiceAccount, but no service-account token provider is registered (keyed '"
                    + ComputeIdentityKeys.ServiceAccount + "').")
            : _services.GetService<IAccessTokenProvider>()
                ?? throw new InvalidOperationException("No per-user IAccessTokenProvider is registered for Console:Compute:Identity User.");
        return _clientFactory.Create(tokens);
    }

    private static async Task<IReadOnlyList<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken)) list.Add(item);
        return list;
    }
}
