using System.Globalization;
using System.Net;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;

namespace MachineImagesConsole.Model.Restore;

/// <summary>Pre-flight checks before a restore is submitted: subnet region, regional vCPU quota, name collision.</summary>
public static class RestorePreflight
{
    public const string SubnetRegion = "Subnetwork region";
    public const string Quota = "vCPU quota";
    public const string NameCollision = "Name is free";

    public static async Task<IReadOnlyList<PreflightCheck>> RunAsync(ComputeClient client, RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        var checks = new List<PreflightCheck>();
        var region = request.Region;

        try
        {
            var subnet = await client.Subnetworks.GetAsync(request.TargetProject, region, request.Subnetwork, cancellationToken);
            var network = RestorePlanner.ShortName(subnet.Network);
            checks.Add(network == request.Network
                ? new(SubnetRegion, true, $"Subnetwork {request.Subnetwork} is in {region}, network {network}.")
                : new(SubnetRegion, false, $"Subnetwork {request.Subnetwork} belongs to network {network}, not {request.Network}."));
        }
        catch (ComputeApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            checks.Add(new(SubnetRegion, false, $"There is no subnetwork {request.Subnetwork} in region {region} of {request.TargetProject}."));
        }

        try
        {
            var cpus = request.UseCustomMachineType
                ? request.CustomVcpus
                : (await client.MachineTypes.GetAsync(request.TargetProject, request.Zone, request.MachineType, cancellationToken)).GuestCpus ?? 0;
            var quota = (await client.Regions.GetAsync(request.TargetProject, region, cancellationToken)).Quotas?
                .FirstOrDefault(q => q.Metric == "CPUS");
            if (quota?.Limit is { } limit)
            {
                var usage = quota.Usage ?? 0;
                var free = limit - usage;
                checks.Add(new(Quota, cpus <= free, string.Create(CultureInfo.InvariantCulture,
                    $"{cpus} vCPUs needed; {usage:0.#} of {limit:0.#} CPUS used in {region} ({free:0.#} free).")));
            }
            else
            {
                checks.Add(new(Quota, true, $"{cpus} vCPUs needed; Compute reports no CPUS quota for {region}."));
            }
        }
        catch (ComputeApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            checks.Add(new(Quota, false, $"Machine type {request.MachineType} is not offered in {request.Zone}."));
        }

        try
        {
            await client.Instances.GetAsync(request.TargetProject, request.Zone, request.Name, cancellationToken);
            checks.Add(new(NameCollision, false, $"An instance named {request.Name} already exists in {request.Zone}: choose another name."));
        }
        catch (ComputeApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            checks.Add(new(NameCollision, true, $"No instance named {request.Name} in {request.Zone}."));
        }
        return checks;
    }
}
