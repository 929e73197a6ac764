using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// Lists a project's operations in every scope (global, each region, each zone), as <c>gcloud compute operations list</c>
/// does, with one <c>globalOperations.aggregatedList</c> call per page instead of one list per scope. It asks for partial
/// success: a scope Compute cannot reach (<c>unreachables</c>, or a scope whose only entry is a warning other than
/// "no results") is reported, not fatal.
/// </summary>
public static class ProjectOperationsReader
{
    private const string NoResultsOnPage = "NO_RESULTS_ON_PAGE";

    /// <summary>The filter that lists only operations not DONE yet (PENDING or RUNNING).</summary>
    public const string NotDoneFilter = "status != DONE";

    public static Task<OperationsListing> ListAsync(ComputeSession session, string project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return ListAsync(session.Client, project, filter: null, cancellationToken);
    }

    /// <summary>Every operation of the project that <paramref name="filter"/> (Compute's list filter; null: all) selects.</summary>
    public static async Task<OperationsListing> ListAsync(ComputeClient client, string project, string? filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(project);

        var operations = new List<Operation>();
        var unreadable = new List<string>();
        var options = new ListOptions { ReturnPartialSuccess = true, Filter = filter };
        while (true)
        {
            var page = await client.GlobalOperations.AggregatedListPageAsync(project, options, cancellationToken);
            foreach (var (scope, scoped) in page.Items ?? [])
            {
                if (scoped.Operations is { } items)
                {
                    operations.AddRange(items);
                }
                else if (scoped.Warning is { Code: { } code } warning && code != NoResultsOnPage)
                {
                    AddOnce(unreadable, scope + " (" + (warning.Message ?? code) + ")");
                }
            }

            foreach (var scope in page.Unreachables ?? [])
            {
                AddOnce(unreadable, scope + " (unreachable)");
            }

            if (string.IsNullOrEmpty(page.NextPageToken)) break;
            if (page.NextPageToken == options.PageToken)
                throw new ComputeApiException(System.Net.HttpStatusCode.InternalServerError, "globalOperations.aggregatedList returned the same nextPageToken twice.");
            options = options with { PageToken = page.NextPageToken };
        }

        return new OperationsListing(operations, unreadable);
    }

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item, StringComparer.Ordinal)) list.Add(item);
    }
}
