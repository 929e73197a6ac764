using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Lists;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// How the machine-image and image lists are read for everyone who shows them: newest first, 500 per call, each item
/// turned into its grid row once, a snapshot published after every page (<see cref="ListLoad{TItem, TRow}"/>), held by
/// <see cref="ComputeListCache"/> per project + identity + kind (<see cref="ComputeSession.MachineImageListAsync"/>,
/// <see cref="ComputeSession.ImageListAsync"/>). Newest first makes a partial list right for the grids' default order
/// (created, newest first): any row not yet loaded is older than every loaded one, so a cold view shows its first rows
/// after one list call instead of ⌈N/500⌉.
/// </summary>
public static class ProgressiveList
{
    /// <summary>Items per Compute list call (the API's maximum).</summary>
    public const int PageSize = 500;

    /// <summary>
    /// How long a prerender waits for the whole list before it sends the page: a list Compute returns within it is in the
    /// first HTML, complete (it shows as soon as the browser parses it, before Blazor's script has even started); a longer
    /// one is sent as it stands and streamed page by page.
    /// </summary>
    public static readonly TimeSpan PrerenderWait = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long an interactive page waits for the whole list before it shows a partial one: a list that completes within
    /// it is rendered once, complete (no flash of "500+ (loading…)", and the browser lays the rows out once, not twice); a
    /// longer one shows its newest rows after this wait at the latest.
    /// </summary>
    public static readonly TimeSpan InteractiveWait = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a page waits for a whole list before showing a partial one (<see cref="PrerenderWait"/> while prerendering, <see cref="InteractiveWait"/> when interactive).</summary>
    public static TimeSpan HoldPartial(bool interactive) => interactive ? InteractiveWait : PrerenderWait;

    /// <summary>The order the loads ask for.</summary>
    public const string NewestFirst = "creationTimestamp desc";

    private static readonly ListOptions Pages = new() { OrderBy = NewestFirst, MaxResults = PageSize };

    /// <summary>Starts reading every machine image of <paramref name="project"/> on <paramref name="loadToken"/>.</summary>
    public static ListLoad<MachineImage, MachineImageRow> StartMachineImages(ComputeClient client, string project, CancellationToken loadToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return ListLoad<MachineImage, MachineImageRow>.Start(
            ct => client.MachineImages.ListAsync(project, Pages, ct), MachineImageRow.From, FacetsOf, PageSize, loadToken);
    }

    /// <summary>Starts reading every image of <paramref name="project"/> on <paramref name="loadToken"/>.</summary>
    public static ListLoad<Image, ImageRow> StartImages(ComputeClient client, string project, CancellationToken loadToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return ListLoad<Image, ImageRow>.Start(
            ct => client.Images.ListAsync(project, Pages, ct), i => ImageRow.From(i, project), FacetsOf, PageSize, loadToken);
    }

    /// <summary>What a row adds to the filter drop-downs.</summary>
    public static ListFacets.Values FacetsOf(IGridRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Status, row.StorageLocations, row.Family);
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
}
