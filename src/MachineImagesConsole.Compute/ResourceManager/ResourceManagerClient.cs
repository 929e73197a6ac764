using System.Globalization;
using System.Runtime.CompilerServices;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.ResourceManager;

/// <summary>Cloud Resource Manager v3 <c>projects.search</c>: the projects the caller can see.</summary>
public sealed class ResourceManagerClient
{
    private readonly ComputeTransport transport;

    internal ResourceManagerClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>GET v3/projects:search</c>, every page. <paramref name="query"/> e.g. <c>state:ACTIVE</c>; null for all.</summary>
    public async IAsyncEnumerable<ResourceManagerProject> SearchProjectsAsync(string? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? pageToken = null;
        while (true)
        {
            var page = await SearchProjectsPageAsync(query, null, pageToken, cancellationToken).ConfigureAwait(false);
            foreach (var project in page.Projects ?? []) yield return project;
            if (string.IsNullOrEmpty(page.NextPageToken) || page.NextPageToken == pageToken) yield break;
            pageToken = page.NextPageToken;
        }
    }

    /// <summary><c>GET v3/projects:search</c>, one page.</summary>
    public Task<SearchProjectsResponse> SearchProjectsPageAsync(string? query = null, int? pageSize = null, string? pageToken = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1) throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "pageSize must be positive.");
        return transport.SendAsync(ComputeApiMethods.ResourceManagerProjectsSearch, [],
            [
                new("query", ComputeTransport.NullIfEmpty(query)),
                new("pageSize", pageSize?.ToString(CultureInfo.InvariantCulture)),
                new("pageToken", ComputeTransport.NullIfEmpty(pageToken)),
            ],
            null, ComputeJsonContext.Default.SearchProjectsResponse, cancellationToken);
    }
}
