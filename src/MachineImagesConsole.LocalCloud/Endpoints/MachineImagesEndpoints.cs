using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Seed;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>machineImages.*</c>: global resources captured from an instance.</summary>
public static class MachineImagesEndpoints
{
    private const string Collection = "machineImages";

    /// <summary>What Google checks on the source instance of a new machine image.</summary>
    private const string SourceInstancePermission = "compute.instances.useReadOnly";

    public static Task<JsonNode?> GetAsync(ComputeCall call) =>
        StoredResources.GetAsync(call, "global", Collection, "machineImage", "compute.machineImages.get");

    public static Task<JsonNode?> ListAsync(ComputeCall call) =>
        StoredResources.ListAsync(call, "global", Collection, "compute#machineImageList", "compute.machineImages.list");

    public static Task<JsonNode?> SetLabelsAsync(ComputeCall call) =>
        StoredResources.SetLabelsAsync(call, "global", Collection, "resource", "compute.machineImages.setLabels");

    public static Task<JsonNode?> GetIamPolicyAsync(ComputeCall call) => ResourceIamHandlers.GetAsync(call, Collection);

    public static Task<JsonNode?> SetIamPolicyAsync(ComputeCall call) => ResourceIamHandlers.SetAsync(call, Collection);

    public static Task<JsonNode?> TestIamPermissionsAsync(ComputeCall call) => ResourceIamHandlers.TestAsync(call, Collection);

    public static async Task<JsonNode?> InsertAsync(ComputeCall call)
    {
        var body = await call.ReadBodyAsync();
        if (await OperationStarter.BeginAsync(call) is { } replay) return replay;

        var name = StoredResources.ValidateName(body);
        var path = $"projects/{call.Project}/global/{Collection}/{name}";
        await call.RequireAsync("compute.machineImages.create", path);
        var description = StoredResources.ValidateDescription(body);
        var labels = StoredResources.ValidateLabels(body["labels"]);
        var encryptionKey = StoredResources.ValidateEncryptionKey(body["machineImageEncryptionKey"], "resource.machineImageEncryptionKey");
        var requestedLocations = StoredResources.RequireArray(body["storageLocations"], "resource.storageLocations");

        var sourceText = call.Query("sourceInstance") ?? ComputeJson.ReadString(body["sourceInstance"]);
        if (string.IsNullOrEmpty(sourceText)) throw GoogleErrors.Required("sourceInstance");
        var source = ResourceRef.TryParse(sourceText, "instances", call.Project, null);
        if (source is null || source.Location is null || !source.Scope.StartsWith("zones/", StringComparison.Ordinal))
            throw GoogleErrors.InvalidField("sourceInstance", sourceText, "Expected a URL such as 'projects/PROJECT/zones/ZONE/instances/NAME'.");
        if (!call.Authorizer.ProjectExists(source.Project)) throw GoogleErrors.NotFound($"projects/{source.Project}");
        await call.RequireAsync(SourceInstancePermission, source.Path, source.Key, source.Project);
        var instance = await StoredResources.FindOrThrowAsync(call, source.Project, source.Scope, "instances", source.Name);
        var instanceDoc = ResourceStore.Document(instance);
        var instancePath = $"projects/{instance.Project}/{instance.Scope}/instances/{instance.Name}";
        if ((string?)instanceDoc["status"] is not ("RUNNING" or "TERMINATED" or "STOPPED" or "SUSPENDED"))
            throw GoogleErrors.ResourceNotReady(instancePath);

        if (await ResourceStore.FindAsync(call.Db, call.Project, "global", Collection, name, call.Aborted) is not null)
            throw GoogleErrors.AlreadyExists(path);

        var storageLocations = new JsonArray();
        if (requestedLocations is { Count: > 0 } requested)
        {
            foreach (var loc in requested.Select(l => ComputeJson.ReadString(l)))
            {
                if (loc is null || !WorldCatalog.IsStorageLocation(loc))
                    throw GoogleErrors.InvalidField("resource.storageLocations", loc, "Expected a region such as 'us-central1' or a multi-region such as 'us'.");
                storageLocations.Add(loc);
            }
            if (storageLocations.Count > 1) throw GoogleErrors.InvalidField("resource.storageLocations", null, "Only one storage location may be given.");
        }
        else
        {
            storageLocations.Add(WorldCatalog.MultiRegionOf(WorldCatalog.RegionOf(source.Location)));
        }

        // Disks captured from the instance.
        var attached = instanceDoc["disks"] as JsonArray ?? [];
        var savedDisks = new JsonArray();
        var savedAttached = new JsonArray();
        var propertyDisks = new JsonArray();
        long totalGb = 0, totalBytes = 0;
        var uses = new List<string> { instance.Key };
        foreach (var a in attached.OfType<JsonObject>())
        {
            var diskRef = ResourceRef.TryParse((string?)a["source"], "disks", instance.Project, instance.Scope);
            var disk = diskRef is null ? null : await call.Db.Resources.FindAsync([diskRef.Key], call.Aborted);
            var diskDoc = disk is null ? null : ResourceStore.Document(disk);
            var sizeGb = ComputeJson.ReadInt64(diskDoc?["sizeGb"]) ?? ComputeJson.ReadInt64(a["diskSizeGb"]) ?? 10;
            var storageBytes = sizeGb * 1_000_000_000L * 2 / 5;
            totalGb += sizeGb;
            totalBytes += storageBytes;
            if (disk is not null) uses.Add(disk.Key);
            savedDisks.Add(new JsonObject
            {
                ["kind"] = "compute#savedDisk",
                ["sourceDisk"] = diskRef?.StoredLink,
                ["storageBytes"] = ComputeJson.Int64(storageBytes),
                ["storageBytesStatus"] = "UPDATING",
                ["architecture"] = "X86_64",
            });
            savedAttached.Add(new JsonObject
            {
                ["kind"] = "compute#savedAttachedDisk",
                ["type"] = (string?)a["type"] ?? "PERSISTENT",
                ["mode"] = (string?)a["mode"] ?? "READ_WRITE",
                ["source"] = diskRef?.StoredLink,
                ["deviceName"] = (string?)a["deviceName"],
                ["index"] = (int?)a["index"] ?? 0,
                ["boot"] = ComputeJson.ReadBool(a["boot"]),
                ["autoDelete"] = ComputeJson.ReadBool(a["autoDelete"]),
                ["interface"] = (string?)a["interface"] ?? "SCSI",
                ["diskSizeGb"] = ComputeJson.Int64(sizeGb),
                ["storageBytes"] = ComputeJson.Int64(storageBytes),
                ["storageBytesStatus"] = "UPDATING",
                ["diskType"] = diskDoc?["type"]?.DeepClone(),
            });
            propertyDisks.Add(new JsonObject
            {
                ["kind"] = "compute#attachedDisk",
                ["type"] = (string?)a["type"] ?? "PERSISTENT",
                ["mode"] = (string?)a["mode"] ?? "READ_WRITE",
                ["deviceName"] = (string?)a["deviceName"],
                ["index"] = (int?)a["index"] ?? 0,
                ["boot"] = ComputeJson.ReadBool(a["boot"]),
                ["autoDelete"] = ComputeJson.ReadBool(a["autoDelete"]),
                ["interface"] = (string?)a["interface"] ?? "SCSI",
                ["diskSizeGb"] = ComputeJson.Int64(sizeGb),
                ["guestOsFeatures"] = diskDoc?["guestOsFeatures"]?.DeepClone(),
            });
        }
        CreationLimits.CheckDisks(attached.Count, totalGb, $"Instance '{instancePath}'");
        await CreationLimits.CheckMachineImageCountAsync(call);
        var region = WorldCatalog.RegionOf(source.Location);
        await CreationLimits.CheckConcurrentAsync(call, region);
        await CreationLimits.CheckPerInstanceRateAsync(call, instance.Key, instancePath);

        var machineType = (string?)instanceDoc["machineType"] ?? "";
        var properties = new JsonObject
        {
            ["machineType"] = machineType[(machineType.LastIndexOf('/') + 1)..],
            ["disks"] = propertyDisks,
        };
        foreach (var field in (string[])["description", "networkInterfaces", "metadata", "tags", "labels", "scheduling", "serviceAccounts", "canIpForward", "guestAccelerators", "minCpuPlatform", "shieldedInstanceConfig", "deletionProtection"])
            if (instanceDoc[field] is { } value) properties[field] = value.DeepClone();
        var sourceProperties = (JsonObject)properties.DeepClone();
        sourceProperties["disks"] = savedAttached;
        sourceProperties.Remove("shieldedInstanceConfig");

        var id = IdGenerator.Next();
        var now = call.Now;
        var doc = new JsonObject
        {
            ["kind"] = "compute#machineImage",
            ["id"] = ComputeJson.Int64(id),
            ["creationTimestamp"] = Timestamps.Format(now),
            ["name"] = name,
            ["description"] = description,
            ["selfLink"] = StoredLinks.Compute(path),
            ["sourceInstance"] = StoredLinks.Compute(instancePath),
            ["status"] = "CREATING",
            ["instanceProperties"] = properties,
            ["sourceInstanceProperties"] = sourceProperties,
            ["savedDisks"] = savedDisks,
            ["storageLocations"] = storageLocations,
            ["totalStorageBytes"] = ComputeJson.Int64(totalBytes),
            ["labels"] = labels,
            ["labelFingerprint"] = StoredResources.LabelFingerprint(labels),
            ["satisfiesPzs"] = false,
        };
        if (description is null) doc.Remove("description");
        if (labels.Count == 0) doc.Remove("labels");
        // guestFlush is input-only: Compute uses it while creating and never returns it.
        if (encryptionKey is not null) doc["machineImageEncryptionKey"] = encryptionKey;
        var record = ResourceStore.Add(call.Db, call.Project, "global", Collection, name, id, now, doc);

        return await OperationStarter.StartAsync(call, new OperationPlan
        {
            Kind = "machineImages.insert",
            OperationType = "insert",
            Project = call.Project,
            Scope = "global",
            TargetPath = path,
            TargetKey = record.Key,
            TargetId = id,
            Gigabytes = totalGb,
            Uses = uses,
            QuotaRegion = region,
        });
    }

    public static Task<JsonNode?> DeleteAsync(ComputeCall call) =>
        StoredResources.DeleteGlobalAsync(call, Collection, "machineImage", "compute.machineImages.delete", notReadyStatus: "CREATING");
}
