using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// Lists a project's operations in every scope, as <c>gcloud compute operations list</c> does: global operations,
/// then each region's and each zone's (a few at a time). A scope that cannot be read is reported, not fatal;
/// only the global list failing fails the whole read.
/// </summary>
public static class ProjectOperationsReader
{
    private const int Parallelism = 6;

    public static async Task<OperationsListing> ListAsync(ComputeSession session, string project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrEmpty(project);
        var client = session.Client;

        var global = ToListAsync(client.GlobalOperations.ListAsync(project, null, cancellationToken), cancellationToken);
        var zonesTask = session.ListZonesAsync(project, cancellationToken);
        var regionsTask = ToListAsync(client.Regions.ListAsync(project, null, cancellationToken), cancellationToken);

        var operations = new List<Operation>(await global);
        var unreadable = new List<string>();
        var scopes = new List<(string Scope, Func<CancellationToken, Task<List<Operation>>> Load)>();
        try
        {
            foreach (var region in await regionsTask)
            {
                if (region.Name is not { } name) continue;
                scopes.Add(("regions/" + name, ct => ToListAsync(client.RegionOperations.ListAsync(project, name, null, ct), ct)));
            }
        }
        catch (ComputeApiException e)
        {
            unreadable.Add("regions (" + Reason(e) + ")");
        }

        try
        {
            foreach (var zone in await zonesTask)
            {
                if (zone.Name is not { } name) continue;
                scopes.Add(("zones/" + name, ct => ToListAsync(client.ZoneOperations.ListAsync(project, name, null, ct), ct)));
            }
        }
        catch (ComputeApiException e)
        {
            unreadable.Add("zones (" + Reason(e) + ")");
        }

        using var gate = new SemaphoreSlim(Parallelism);
        var loads = scopes.Select(async scope =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return (scope.Scope, Items: await scope.Load(cancellationToken), Error: (string?)null);
            }
            catch (ComputeApiException e)
            {
                return (scope.Scope, Items: new List<Operation>(), Error: Reason(e));
            }
            finally
            {
                gate.Release();
            }
        }).ToList();

        foreach (var (scope, items, error) in await Task.WhenAll(loads))
        {
            operations.AddRange(items);
            if (error is not null) unreadable.Add(scope + " (" + error + ")");
        }

        return new OperationsListing(operations, unreadable);
    }

    private static string Reason(ComputeApiException e)
        => e.Reasons.Count > 0 ? e.Reasons[0] : ((int)e.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken)) list.Add(item);
        return list;
    }
}
