namespace MachineImagesConsole.Compute.Http;

/// <summary>
/// The one table of API methods the client calls, copied from the Compute Engine v1 discovery document
/// (revision 20230610; see compute-api-notes.md). Every request URL is built from an entry here, and the
/// contract tests check each entry against the discovery document.
/// </summary>
public static class ComputeApiMethods
{
    public static readonly ComputeApiMethod MachineImagesInsert = new("compute.machineImages.insert", HttpMethod.Post, "projects/{project}/global/machineImages", ["requestId", "sourceInstance"]);

    public static readonly ComputeApiMethod MachineImagesGet = new("compute.machineImages.get", HttpMethod.Get, "projects/{project}/global/machineImages/{machineImage}", []);

    public static readonly ComputeApiMethod MachineImagesList = new("compute.machineImages.list", HttpMethod.Get, "projects/{project}/global/machineImages", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod MachineImagesDelete = new("compute.machineImages.delete", HttpMethod.Delete, "projects/{project}/global/machineImages/{machineImage}", ["requestId"]);

    // Not in discovery revision 20230610; added in 20260722 (compute-api-notes.md section 9).
    public static readonly ComputeApiMethod MachineImagesSetLabels = new("compute.machineImages.setLabels", HttpMethod.Post, "projects/{project}/global/machineImages/{resource}/setLabels", []);

    public static readonly ComputeApiMethod MachineImagesGetIamPolicy = new("compute.machineImages.getIamPolicy", HttpMethod.Get, "projects/{project}/global/machineImages/{resource}/getIamPolicy", ["optionsRequestedPolicyVersion"]);

    public static readonly ComputeApiMethod MachineImagesSetIamPolicy = new("compute.machineImages.setIamPolicy", HttpMethod.Post, "projects/{project}/global/machineImages/{resource}/setIamPolicy", []);

    public static readonly ComputeApiMethod MachineImagesTestIamPermissions = new("compute.machineImages.testIamPermissions", HttpMethod.Post, "projects/{project}/global/machineImages/{resource}/testIamPermissions", []);

    public static readonly ComputeApiMethod ImagesInsert = new("compute.images.insert", HttpMethod.Post, "projects/{project}/global/images", ["forceCreate", "requestId"]);

    public static readonly ComputeApiMethod ImagesGet = new("compute.images.get", HttpMethod.Get, "projects/{project}/global/images/{image}", []);

    public static readonly ComputeApiMethod ImagesGetFromFamily = new("compute.images.getFromFamily", HttpMethod.Get, "projects/{project}/global/images/family/{family}", []);

    public static readonly ComputeApiMethod ImagesList = new("compute.images.list", HttpMethod.Get, "projects/{project}/global/images", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod ImagesDelete = new("compute.images.delete", HttpMethod.Delete, "projects/{project}/global/images/{image}", ["requestId"]);

    public static readonly ComputeApiMethod ImagesDeprecate = new("compute.images.deprecate", HttpMethod.Post, "projects/{project}/global/images/{image}/deprecate", ["requestId"]);

    public static readonly ComputeApiMethod ImagesSetLabels = new("compute.images.setLabels", HttpMethod.Post, "projects/{project}/global/images/{resource}/setLabels", []);

    public static readonly ComputeApiMethod ImagesGetIamPolicy = new("compute.images.getIamPolicy", HttpMethod.Get, "projects/{project}/global/images/{resource}/getIamPolicy", ["optionsRequestedPolicyVersion"]);

    public static readonly ComputeApiMethod ImagesSetIamPolicy = new("compute.images.setIamPolicy", HttpMethod.Post, "projects/{project}/global/images/{resource}/setIamPolicy", []);

    public static readonly ComputeApiMethod ImagesTestIamPermissions = new("compute.images.testIamPermissions", HttpMethod.Post, "projects/{project}/global/images/{resource}/testIamPermissions", []);

    public static readonly ComputeApiMethod InstancesInsert = new("compute.instances.insert", HttpMethod.Post, "projects/{project}/zones/{zone}/instances", ["requestId", "sourceInstanceTemplate", "sourceMachineImage"]);

    public static readonly ComputeApiMethod InstancesGet = new("compute.instances.get", HttpMethod.Get, "projects/{project}/zones/{zone}/instances/{instance}", []);

    public static readonly ComputeApiMethod InstancesList = new("compute.instances.list", HttpMethod.Get, "projects/{project}/zones/{zone}/instances", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod InstancesAggregatedList = new("compute.instances.aggregatedList", HttpMethod.Get, "projects/{project}/aggregated/instances", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess", "includeAllScopes"]);

    // noGracefulShutdown: added after revision 20230610 (compute-api-notes.md section 9).
    public static readonly ComputeApiMethod InstancesDelete = new("compute.instances.delete", HttpMethod.Delete, "projects/{project}/zones/{zone}/instances/{instance}", ["noGracefulShutdown", "requestId"]);

    public static readonly ComputeApiMethod InstancesStart = new("compute.instances.start", HttpMethod.Post, "projects/{project}/zones/{zone}/instances/{instance}/start", ["requestId"]);

    // noGracefulShutdown: added after revision 20230610 (compute-api-notes.md section 9).
    public static readonly ComputeApiMethod InstancesStop = new("compute.instances.stop", HttpMethod.Post, "projects/{project}/zones/{zone}/instances/{instance}/stop", ["discardLocalSsd", "noGracefulShutdown", "requestId"]);

    public static readonly ComputeApiMethod InstancesGetSerialPortOutput = new("compute.instances.getSerialPortOutput", HttpMethod.Get, "projects/{project}/zones/{zone}/instances/{instance}/serialPort", ["port", "start"]);

    public static readonly ComputeApiMethod InstanceTemplatesGet = new("compute.instanceTemplates.get", HttpMethod.Get, "projects/{project}/global/instanceTemplates/{instanceTemplate}", []);

    public static readonly ComputeApiMethod InstanceTemplatesList = new("compute.instanceTemplates.list", HttpMethod.Get, "projects/{project}/global/instanceTemplates", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod InstanceTemplatesInsert = new("compute.instanceTemplates.insert", HttpMethod.Post, "projects/{project}/global/instanceTemplates", ["requestId"]);

    public static readonly ComputeApiMethod DisksGet = new("compute.disks.get", HttpMethod.Get, "projects/{project}/zones/{zone}/disks/{disk}", []);

    public static readonly ComputeApiMethod DisksList = new("compute.disks.list", HttpMethod.Get, "projects/{project}/zones/{zone}/disks", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod SnapshotsGet = new("compute.snapshots.get", HttpMethod.Get, "projects/{project}/global/snapshots/{snapshot}", []);

    public static readonly ComputeApiMethod SnapshotsList = new("compute.snapshots.list", HttpMethod.Get, "projects/{project}/global/snapshots", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod ZoneOperationsGet = new("compute.zoneOperations.get", HttpMethod.Get, "projects/{project}/zones/{zone}/operations/{operation}", []);

    public static readonly ComputeApiMethod ZoneOperationsList = new("compute.zoneOperations.list", HttpMethod.Get, "projects/{project}/zones/{zone}/operations", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod ZoneOperationsWait = new("compute.zoneOperations.wait", HttpMethod.Post, "projects/{project}/zones/{zone}/operations/{operation}/wait", []);

    public static readonly ComputeApiMethod ZoneOperationsDelete = new("compute.zoneOperations.delete", HttpMethod.Delete, "projects/{project}/zones/{zone}/operations/{operation}", []);

    public static readonly ComputeApiMethod RegionOperationsGet = new("compute.regionOperations.get", HttpMethod.Get, "projects/{project}/regions/{region}/operations/{operation}", []);

    public static readonly ComputeApiMethod RegionOperationsList = new("compute.regionOperations.list", HttpMethod.Get, "projects/{project}/regions/{region}/operations", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod RegionOperationsWait = new("compute.regionOperations.wait", HttpMethod.Post, "projects/{project}/regions/{region}/operations/{operation}/wait", []);

    public static readonly ComputeApiMethod RegionOperationsDelete = new("compute.regionOperations.delete", HttpMethod.Delete, "projects/{project}/regions/{region}/operations/{operation}", []);

    public static readonly ComputeApiMethod GlobalOperationsGet = new("compute.globalOperations.get", HttpMethod.Get, "projects/{project}/global/operations/{operation}", []);

    public static readonly ComputeApiMethod GlobalOperationsList = new("compute.globalOperations.list", HttpMethod.Get, "projects/{project}/global/operations", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod GlobalOperationsAggregatedList = new("compute.globalOperations.aggregatedList", HttpMethod.Get, "projects/{project}/aggregated/operations", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess", "includeAllScopes"]);

    public static readonly ComputeApiMethod GlobalOperationsWait = new("compute.globalOperations.wait", HttpMethod.Post, "projects/{project}/global/operations/{operation}/wait", []);

    public static readonly ComputeApiMethod GlobalOperationsDelete = new("compute.globalOperations.delete", HttpMethod.Delete, "projects/{project}/global/operations/{operation}", []);

    public static readonly ComputeApiMethod ZonesGet = new("compute.zones.get", HttpMethod.Get, "projects/{project}/zones/{zone}", []);

    public static readonly ComputeApiMethod ZonesList = new("compute.zones.list", HttpMethod.Get, "projects/{project}/zones", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod RegionsGet = new("compute.regions.get", HttpMethod.Get, "projects/{project}/regions/{region}", []);

    public static readonly ComputeApiMethod RegionsList = new("compute.regions.list", HttpMethod.Get, "projects/{project}/regions", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod MachineTypesGet = new("compute.machineTypes.get", HttpMethod.Get, "projects/{project}/zones/{zone}/machineTypes/{machineType}", []);

    public static readonly ComputeApiMethod MachineTypesList = new("compute.machineTypes.list", HttpMethod.Get, "projects/{project}/zones/{zone}/machineTypes", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod NetworksGet = new("compute.networks.get", HttpMethod.Get, "projects/{project}/global/networks/{network}", []);

    public static readonly ComputeApiMethod NetworksList = new("compute.networks.list", HttpMethod.Get, "projects/{project}/global/networks", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod SubnetworksGet = new("compute.subnetworks.get", HttpMethod.Get, "projects/{project}/regions/{region}/subnetworks/{subnetwork}", []);

    public static readonly ComputeApiMethod SubnetworksList = new("compute.subnetworks.list", HttpMethod.Get, "projects/{project}/regions/{region}/subnetworks", ["filter", "maxResults", "orderBy", "pageToken", "returnPartialSuccess"]);

    public static readonly ComputeApiMethod ProjectsGet = new("compute.projects.get", HttpMethod.Get, "projects/{project}", []);

    /// <summary>Cloud Resource Manager v3 <c>projects.search</c> (outside the Compute discovery document).</summary>
    public static readonly ComputeApiMethod ResourceManagerProjectsSearch = new("cloudresourcemanager.projects.search", HttpMethod.Get, "v3/projects:search", ["query", "pageSize", "pageToken"], ComputeApiService.ResourceManager);

    /// <summary>Every entry of the table.</summary>
    public static IReadOnlyList<ComputeApiMethod> All { get; } =
    [
        MachineImagesInsert,
        MachineImagesGet,
        MachineImagesList,
        MachineImagesDelete,
        MachineImagesSetLabels,
        MachineImagesGetIamPolicy,
        MachineImagesSetIamPolicy,
        MachineImagesTestIamPermissions,
        ImagesInsert,
        ImagesGet,
        ImagesGetFromFamily,
        ImagesList,
        ImagesDelete,
        ImagesDeprecate,
        ImagesSetLabels,
        ImagesGetIamPolicy,
        ImagesSetIamPolicy,
        ImagesTestIamPermissions,
        InstancesInsert,
        InstancesGet,
        InstancesList,
        InstancesAggregatedList,
        InstancesDelete,
        InstancesStart,
        InstancesStop,
        InstancesGetSerialPortOutput,
        InstanceTemplatesGet,
        InstanceTemplatesList,
        InstanceTemplatesInsert,
        DisksGet,
        DisksList,
        SnapshotsGet,
        SnapshotsList,
        ZoneOperationsGet,
        ZoneOperationsList,
        ZoneOperationsWait,
        ZoneOperationsDelete,
        RegionOperationsGet,
        RegionOperationsList,
        RegionOperationsWait,
        RegionOperationsDelete,
        GlobalOperationsGet,
        GlobalOperationsList,
        GlobalOperationsAggregatedList,
        GlobalOperationsWait,
        GlobalOperationsDelete,
        ZonesGet,
        ZonesList,
        RegionsGet,
        RegionsList,
        MachineTypesGet,
        MachineTypesList,
        NetworksGet,
        NetworksList,
        SubnetworksGet,
        SubnetworksList,
        ProjectsGet,
        ResourceManagerProjectsSearch,
    ];
}
