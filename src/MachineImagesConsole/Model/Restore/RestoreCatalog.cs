using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// What the restore wizard reads from Compute (scoped, per circuit, with the person's identity): the machine image,
/// the projects, zones, machine types, networks and subnetworks to choose from, the pre-flight checks, and the wait
/// for the new VM to reach RUNNING. Testable without rendering.
/// </summary>
public sealed class RestoreCatalog(ComputeSession session, TimeProvider time)
{
    /// <summary>How long the wizard waits for the new VM to reach RUNNING.</summary>
    public static readonly TimeSpan RunningTimeout = TimeSpan.FromMinutes(20);

    public Task<MachineImage> MachineImageAsync(string project, string name, CancellationToken cancellationToken)
        => session.Client.MachineImages.GetAsync(project, name, cancellationToken);

    /// <summary>The project ids the person can see, sorted, with <paramref name="always"/> first when it is not among them.</summary>
    public async Task<IReadOnlyList<string>> ProjectsAsync(string always, CancellationToken cancellationToken)
    {
        var projects = (await session.ListProjectsAsync(cancellationToken)).Select(p => p.ProjectId).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return projects.Contains(always) ? projects : [always, .. projects];
    }

    public async Task<IReadOnlyList<string>> ZonesAsync(string project, CancellationToken cancellationToken)
        => [.. (await session.ListZonesAsync(project, cancellationToken)).Select(z => z.Name).OfType<string>().Order(StringComparer.Ordinal)];

    public async Task<IReadOnlyList<string>> MachineTypesAsync(string project, string zone, CancellationToken cancellationToken)
    {
        var types = new List<string>();
        await foreach (var t in session.Client.MachineTypes.ListAsync(project, zone, null, cancellationToken)) if (t.Name is { } n) types.Add(n);
        return [.. types.Order(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<string>> NetworksAsync(string project, CancellationToken cancellationToken)
    {
        var networks = new List<string>();
        await foreach (var n in session.Client.Networks.ListAsync(project, null, cancellationToken)) if (n.Name is { } name) networks.Add(name);
        return networks;
    }

    /// <summary>The subnetworks of <paramref name="network"/> in <paramref name="region"/>.</summary>
    public async Task<IReadOnlyList<string>> SubnetworksAsync(string project, string region, string network, CancellationToken cancellationToken)
    {
        var subnets = new List<string>();
        await foreach (var s in session.Client.Subnetworks.ListAsync(project, region, null, cancellationToken))
            if (s.Name is { } name && RestorePlanner.ShortName(s.Network) == network) subnets.Add(name);
        return subnets;
    }

    /// <summary>
    /// Fills the request's zone, network and subnetwork choices for its target project (keeping what is still valid)
    /// and returns what the fields offer.
    /// </summary>
    public async Task<RestoreChoices> ChoicesAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var zones = await ZonesAsync(request.TargetProject, cancellationToken);
        if (request.Zone.Length == 0 || !zones.Contains(request.Zone)) request.Zone = zones.FirstOrDefault() ?? string.Empty;
        if (request.Zone.Length == 0) return new RestoreChoices(zones, [], [], []);
        var types = await MachineTypesAsync(request.TargetProject, request.Zone, cancellationToken);
        var networks = await NetworksAsync(request.TargetProject, cancellationToken);
        if (!networks.Contains(request.Network)) request.Network = networks.FirstOrDefault() ?? string.Empty;
        return new RestoreChoices(zones, types, networks, await SubnetworkChoicesAsync(request, cancellationToken));
    }

    /// <summary>Fills the request's subnetwork for its network and returns the choices.</summary>
    public async Task<IReadOnlyList<string>> SubnetworkChoicesAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subnets = await SubnetworksAsync(request.TargetProject, request.Region, request.Network, cancellationToken);
        if (!subnets.Contains(request.Subnetwork)) request.Subnetwork = subnets.FirstOrDefault() ?? string.Empty;
        request.SubnetworkRegion = request.Region;
        return subnets;
    }

    public Task<IReadOnlyList<PreflightCheck>> PreflightAsync(RestoreRequest request, CancellationToken cancellationToken)
        => RestorePreflight.RunAsync(session.Client, request, cancellationToken);

    /// <summary>Waits for the VM to reach RUNNING; null when <paramref name="cancellationToken"/> ended the wait (the page closed).</summary>
    public async Task<(bool Running, string Status)?> WaitRunningAsync(string project, string zone, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await InstanceWaits.WaitRunningAsync(session.Client, project, zone, name, RunningTimeout, TimeSpan.FromSeconds(2), time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
