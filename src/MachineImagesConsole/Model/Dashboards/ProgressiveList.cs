using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// The list pages' loads: the same cached lists as <see cref="ComputeSession.ListMachineImagesAsync"/> and
/// <see cref="ComputeSession.ListImagesAsync"/> (same cache entry: project + identity + kind), but when this call is
/// the one that loads, it asks for the newest first and reports what arrived after each 500-item page, so a cold view
/// shows its first rows after one list call instead of ⌈N/500⌉. Newest first makes those rows right for the grids'
/// default order (created, newest first): any row not yet loaded is older than every loaded one.
/// </summary>
public static class ProgressiveList
{
    /// <summary>Items per Compute list call (the API's maximum).</summary>
    public const int PageSize = 500;

    /// <summary>The order the progressive loads ask for.</summary>
    public const string NewestFirst = "creationTimestamp desc";

    // The kinds ComputeSession caches these lists under, so both share one entry.
    private const string MachineImagesKind = ComputeSession.MachineImagesListKind;
    private const string ImagesKind = ComputeSession.ImagesListKind;

    public static Task<IReadOnlyList<MachineImage>> MachineImagesAsync(
        ComputeSession session, ComputeListCache cache, string project, Func<IReadOnlyList<MachineImage>, Task>? onPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return LoadAsync(session, cache, project, MachineImagesKind,
            ct => session.Client.MachineImages.ListAsync(project, new ListOptions { OrderBy = NewestFirst, MaxResults = PageSize }, ct), onPage, cancellationToken);
    }

    public static Task<IReadOnlyList<Image>> ImagesAsync(
        ComputeSession session, ComputeListCache cache, string project, Func<IReadOnlyList<Image>, Task>? onPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return LoadAsync(session, cache, project, ImagesKind,
            ct => session.Client.Images.ListAsync(project, new ListOptions { OrderBy = NewestFirst, MaxResults = PageSize }, ct), onPage, cancellationToken);
    }

    /// <summary>
    /// Whether the rows loaded so far (the newest) give the true first rows of <paramref name="query"/>'s view: when it
    /// sorts by creation time, newest first (the grids' default). Filters keep that true; another sort does not, and
    /// such a view waits for every page instead of showing rows that would move.
    /// </summary>
    public static bool PartialRowsAreFinal(GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Sort is null || (query.Sort == "created" && query.Direction == GridSortDirection.Descending);
    }

    /// <summary>
    /// Reads <paramref name="items"/> to the end; after every <see cref="PageSize"/> items (one list call), before the
    /// next call, calls <paramref name="onPage"/> with a copy of everything read so far.
    /// </summary>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(IAsyncEnumerable<T> items, Func<IReadOnlyList<T>, Task>? onPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
            if (onPage is not null && list.Count % PageSize == 0) await onPage([.. list]);
        }
        return list;
    }

    private static async Task<IReadOnlyList<T>> LoadAsync<T>(
        ComputeSession session,
        ComputeListCache cache,
        string project,
        string kind,
        Func<CancellationToken, IAsyncEnumerable<T>> list,
        Func<IReadOnlyList<T>, Task>? onPage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var identity = await session.IdentityKeyAsync();
        return await cache.GetOrAddAsync(project, identity, kind, ct => ReadAsync(list(ct), onPage, ct), cancellationToken);
    }
}
