namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>
/// THE route table: every Compute method LocalCloud serves, with its discovery id, verb and path template exactly as
/// in <c>compute-v1-discovery.json</c> (a contract test checks them). <see cref="ComputeEndpointMapping"/> maps these and nothing else.
/// </summary>
public static class ComputeRoutes
{
    public static IReadOnlyList<ComputeRoute> All { get; } =
    [
        new("compute.machineImages.insert", "POST", "projects/{project}/global/machineImages", MachineImagesEndpoints.InsertAsync),
        new("compute.machineImages.get", "GET", "projects/{project}/global/machineImages/{machineImage}", MachineImagesEndpoints.GetAsync),
        new("compute.machineImages.list", "GET", "projects/{project}/global/machineImages", MachineImagesEndpoints.ListAsync),
        new("compute.machineImages.delete", "DELETE", "projects/{project}/global/machineImages/{machineImage}", MachineImagesEndpoints.DeleteAsync),
        new("compute.machineImages.setLabels", "POST", "projects/{project}/global/machineImages/{resource}/setLabels", MachineImagesEndpoints.SetLabelsAsync, SinceRevision: "20260722"),
        new("compute.machineImages.getIamPolicy", "GET", "projects/{project}/global/machineImages/{resource}/getIamPolicy", MachineImagesEndpoints.GetIamPolicyAsync),
        new("compute.machineImages.setIamPolicy", "POST", "projects/{project}/global/machineImages/{resource}/setIamPolicy", MachineImagesEndpoints.SetIamPolicyAsync),
        new("compute.machineImages.testIamPermissions", "POST", "projects/{project}/global/machineImages/{resource}/testIamPermissions", MachineImagesEndpoints.TestIamPermissionsAsync),

        new("compute.images.insert", "POST", "projects/{project}/global/images", ImagesEndpoints.InsertAsync),
        new("compute.images.get", "GET", "projects/{project}/global/images/{image}", ImagesEndpoints.GetAsync),
        new("compute.images.getFromFamily", "GET", "projects/{project}/global/images/family/{family}", ImagesEndpoints.GetFromFamilyAsync),
        new("compute.images.list", "GET", "projects/{project}/global/images", ImagesEndpoints.ListAsync),
        new("compute.images.delete", "DELETE", "projects/{project}/global/images/{image}", ImagesEndpoints.DeleteAsync),
        new("compute.images.deprecate", "POST", "projects/{project}/global/images/{image}/deprecate", ImagesEndpoints.DeprecateAsync),
        new("compute.images.patch", "PATCH", "projects/{project}/global/images/{image}", ImagesEndpoints.PatchAsync),
        new("compute.images.setLabels", "POST", "projects/{project}/global/images/{resource}/setLabels", ImagesEndpoints.SetLabelsAsync),
        new("compute.images.getIamPolicy", "GET", "projects/{project}/global/images/{resource}/getIamPolicy", ImagesEndpoints.GetIamPolicyAsync),
        new("compute.images.setIamPolicy", "POST", "projects/{project}/global/images/{resource}/setIamPolicy", ImagesEndpoints.SetIamPolicyAsync),
        new("compute.images.testIamPermissions", "POST", "projects/{project}/global/images/{resource}/testIamPermissions", ImagesEndpoints.TestIamPermissionsAsync),

        new("compute.instances.insert", "POST", "projects/{project}/zones/{zone}/instances", InstancesEndpoints.InsertAsync),
        new("compute.instances.get", "GET", "projects/{project}/zones/{zone}/instances/{instance}", InstancesEndpoints.GetAsync),
        new("compute.instances.list", "GET", "projects/{project}/zones/{zone}/instances", InstancesEndpoints.ListAsync),
        new("compute.instances.aggregatedList", "GET", "projects/{project}/aggregated/instances", InstancesEndpoints.AggregatedListAsync),
        new("compute.instances.delete", "DELETE", "projects/{project}/zones/{zone}/instances/{instance}", InstancesEndpoints.DeleteAsync),
        new("compute.instances.start", "POST", "projects/{project}/zones/{zone}/instances/{instance}/start", InstancesEndpoints.StartAsync),
        new("compute.instances.stop", "POST", "projects/{project}/zones/{zone}/instances/{instance}/stop", InstancesEndpoints.StopAsync),
        new("compute.instances.getSerialPortOutput", "GET", "projects/{project}/zones/{zone}/instances/{instance}/serialPort", InstancesEndpoints.GetSerialPortOutputAsync),

        new("compute.instanceTemplates.get", "GET", "projects/{project}/global/instanceTemplates/{instanceTemplate}", InstanceTemplatesEndpoints.GetAsync),
        new("compute.instanceTemplates.list", "GET", "projects/{project}/global/instanceTemplates", InstanceTemplatesEndpoints.ListAsync),
        new("compute.instanceTemplates.insert", "POST", "projects/{project}/global/instanceTemplates", InstanceTemplatesEndpoints.InsertAsync),

        new("compute.disks.get", "GET", "projects/{project}/zones/{zone}/disks/{disk}", DisksEndpoints.GetAsync),
        new("compute.disks.list", "GET", "projects/{project}/zones/{zone}/disks", DisksEndpoints.ListAsync),
        new("compute.disks.aggregatedList", "GET", "projects/{project}/aggregated/disks", DisksEndpoints.AggregatedListAsync),
        new("compute.snapshots.get", "GET", "projects/{project}/global/snapshots/{snapshot}", SnapshotsEndpoints.GetAsync),
        new("compute.snapshots.list", "GET", "projects/{project}/global/snapshots", SnapshotsEndpoints.ListAsync),

        new("compute.globalOperations.get", "GET", "projects/{project}/global/operations/{operation}", OperationsEndpoints.GetGlobalAsync),
        new("compute.globalOperations.list", "GET", "projects/{project}/global/operations", OperationsEndpoints.ListGlobalAsync),
        new("compute.globalOperations.wait", "POST", "projects/{project}/global/operations/{operation}/wait", OperationsEndpoints.WaitGlobalAsync),
        new("compute.globalOperations.delete", "DELETE", "projects/{project}/global/operations/{operation}", OperationsEndpoints.DeleteGlobalAsync),
        new("compute.globalOperations.aggregatedList", "GET", "projects/{project}/aggregated/operations", OperationsEndpoints.AggregatedListAsync),
        new("compute.zoneOperations.get", "GET", "projects/{project}/zones/{zone}/operations/{operation}", OperationsEndpoints.GetZoneAsync),
        new("compute.zoneOperations.list", "GET", "projects/{project}/zones/{zone}/operations", OperationsEndpoints.ListZoneAsync),
        new("compute.zoneOperations.wait", "POST", "projects/{project}/zones/{zone}/operations/{operation}/wait", OperationsEndpoints.WaitZoneAsync),
        new("compute.zoneOperations.delete", "DELETE", "projects/{project}/zones/{zone}/operations/{operation}", OperationsEndpoints.DeleteZoneAsync),
        new("compute.regionOperations.get", "GET", "projects/{project}/regions/{region}/operations/{operation}", OperationsEndpoints.GetRegionAsync),
        new("compute.regionOperations.list", "GET", "projects/{project}/regions/{region}/operations", OperationsEndpoints.ListRegionAsync),
        new("compute.regionOperations.wait", "POST", "projects/{project}/regions/{region}/operations/{operation}/wait", OperationsEndpoints.WaitRegionAsync),
        new("compute.regionOperations.delete", "DELETE", "projects/{project}/regions/{region}/operations/{operation}", OperationsEndpoints.DeleteRegionAsync),

        new("compute.zones.list", "GET", "projects/{project}/zones", LocationsEndpoints.ListZonesAsync),
        new("compute.zones.get", "GET", "projects/{project}/zones/{zone}", LocationsEndpoints.GetZoneAsync),
        new("compute.regions.list", "GET", "projects/{project}/regions", LocationsEndpoints.ListRegionsAsync),
        new("compute.regions.get", "GET", "projects/{project}/regions/{region}", LocationsEndpoints.GetRegionAsync),
        new("compute.machineTypes.list", "GET", "projects/{project}/zones/{zone}/machineTypes", LocationsEndpoints.ListMachineTypesAsync),
        new("compute.machineTypes.get", "GET", "projects/{project}/zones/{zone}/machineTypes/{machineType}", LocationsEndpoints.GetMachineTypeAsync),
        new("compute.networks.list", "GET", "projects/{project}/global/networks", NetworksEndpoints.ListAsync),
        new("compute.networks.get", "GET", "projects/{project}/global/networks/{network}", NetworksEndpoints.GetAsync),
        new("compute.subnetworks.list", "GET", "projects/{project}/regions/{region}/subnetworks", SubnetworksEndpoints.ListAsync),
        new("compute.subnetworks.get", "GET", "projects/{project}/regions/{region}/subnetworks/{subnetwork}", SubnetworksEndpoints.GetAsync),
        new("compute.projects.get", "GET", "projects/{project}", ProjectsEndpoints.GetAsync),
    ];
}
