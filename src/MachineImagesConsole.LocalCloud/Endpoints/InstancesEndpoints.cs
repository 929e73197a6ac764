using System.Globalization;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Seed;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>instances.*</c>: zonal VMs, created from images, machine images or instance templates.</summary>
public static class InstancesEndpoints
{
    private const string Collection = "instances";

    public static async Task<JsonNode?> GetAsync(ComputeCall call) =>
        await StoredResources.GetAsync(call, StoredResources.ZoneScope(call), Collection, "instance", "compute.instances.get");

    public static async Task<JsonNode?> ListAsync(ComputeCall call) =>
        await StoredResources.ListAsync(call, StoredResources.ZoneScope(call), Collection, "compute#instanceList", "compute.instances.list");

    /// <summary>Compute's <c>maximumPersistentDisks</c> of non-shared-core machine types.</summary>
    public const int MaxPersistentDisks = 128;

    public static Task<JsonNode?> AggregatedListAsync(ComputeCall call) =>
        StoredResources.AggregatedZonalListAsync(call, Collection, "compute#instanceAggregatedList", "compute.instances.list");

    public static async Task<JsonNode?> InsertAsync(ComputeCall call)
    {
        var scope = StoredResources.ZoneScope(call);
        var zone = call.Route("zone");
        var body = await call.ReadBodyAsync();
        if (await OperationStarter.BeginAsync(call) is { } replay) return replay;

        var name = StoredResources.ValidateName(body);
        var path = $"projects/{call.Project}/{scope}/{Collection}/{name}";
        await call.RequireAsync("compute.instances.create", path);

        var uses = new List<string>();
        var warnings = new JsonArray();
        var merged = new JsonObject();
        string? sourceMachineImageLink = null;
        JsonArray? baseDisks = null;
        double copyGb = 0;

        var machineImageText = call.Query("sourceMachineImage") ?? ComputeJson.ReadString(body["sourceMachineImage"]);
        var templateText = call.Query("sourceInstanceTemplate");
        if (machineImageText is not null && templateText is not null)
            throw GoogleErrors.Invalid("Only one of 'sourceMachineImage' and 'sourceInstanceTemplate' may be specified.");
        if (machineImageText is not null)
        {
            var reference = ResourceRef.TryParse(machineImageText, "machineImages", call.Project, "global")
                ?? throw GoogleErrors.InvalidField("sourceMachineImage", machineImageText, "Expected a URL such as 'projects/PROJECT/global/machineImages/NAME'.");
            if (!call.Authorizer.ProjectExists(reference.Project)) throw GoogleErrors.NotFound($"projects/{reference.Project}");
            await call.RequireAsync("compute.machineImages.useReadOnly", reference.Path, reference.Key, reference.Project);
            var image = await StoredResources.FindOrThrowAsync(call, reference.Project, "global", "machineImages", reference.Name);
            var imageDoc = ResourceStore.Document(image);
            var imagePath = $"projects/{image.Project}/global/machineImages/{image.Name}";
            if ((string?)imageDoc["status"] != "READY") throw GoogleErrors.ResourceNotReady(imagePath);
            if (imageDoc["instanceProperties"] is JsonObject props) foreach (var (k, v) in props) merged[k] = v?.DeepClone();
            baseDisks = merged["disks"] as JsonArray;
            merged.Remove("disks");
            sourceMachineImageLink = StoredLinks.Compute(imagePath);
            uses.Add(image.Key);
        }
        else if (templateText is not null)
        {
            var reference = ResourceRef.TryParse(templateText, "instanceTemplates", call.Project, "global")
                ?? throw GoogleErrors.InvalidField("sourceInstanceTemplate", templateText, "Expected a URL such as 'projects/PROJECT/global/instanceTemplates/NAME'.");
            if (!call.Authorizer.ProjectExists(reference.Project)) throw GoogleErrors.NotFound($"projects/{reference.Project}");
            await call.RequireAsync("compute.instanceTemplates.useReadOnly", reference.Path, reference.Key, reference.Project);
            var template = await StoredResources.FindOrThrowAsync(call, reference.Project, "global", "instanceTemplates", reference.Name);
            if (ResourceStore.Document(template)["properties"] is JsonObject props) foreach (var (k, v) in props) merged[k] = v?.DeepClone();
            uses.Add(template.Key);
        }
        // Shallow top-level override: any field present in the body replaces the stored one.
        foreach (var (k, v) in body) merged[k] = v?.DeepClone();
        if (body["disks"] is JsonArray) baseDisks = null;

        var description = StoredResources.ValidateDescription(merged);
        var labels = StoredResources.ValidateLabels(merged["labels"]);

        // Machine type.
        var machineTypeText = ComputeJson.ReadString(merged["machineType"]) ?? throw GoogleErrors.Required("resource.machineType");
        var mtRef = ResourceRef.TryParse(machineTypeText, "machineTypes", call.Project, scope);
        if (mtRef is null || mtRef.Scope != scope)
            throw GoogleErrors.InvalidField("resource.machineType", machineTypeText, $"Expected a machine type in zone '{zone}', such as 'zones/{zone}/machineTypes/e2-medium'.");
        if (WorldCatalog.Resolve(mtRef.Name, out var mtProblem) is null)
            throw GoogleErrors.InvalidField("resource.machineType", machineTypeText, mtProblem!);
        var machineTypeLink = StoredLinks.Compute($"projects/{call.Project}/{scope}/machineTypes/{mtRef.Name}");

        if (await ResourceStore.FindAsync(call.Db, call.Project, scope, Collection, name, call.Aborted) is not null)
            throw GoogleErrors.AlreadyExists(path);

        var now = call.Now;
        var id = IdGenerator.Next();
        var instanceLink = StoredLinks.Compute(path);

        // Disks: restored from the machine image, attached existing disks, or new disks from an image/snapshot/blank.
        var diskSpecs = baseDisks ?? StoredResources.RequireArray(merged["disks"], "resource.disks") ?? throw GoogleErrors.Required("resource.disks");
        if (diskSpecs.Count > MaxPersistentDisks)
            throw GoogleErrors.InvalidField("resource.disks", null, $"An instance may have at most {MaxPersistentDisks} persistent disks (maximumPersistentDisks of its machine type); {diskSpecs.Count} were given.");
        for (var i = 0; i < diskSpecs.Count; i++)
        {
            if (diskSpecs[i] is not JsonObject diskSpec) throw GoogleErrors.InvalidField($"resource.disks[{i}]", StoredResources.Shorten(diskSpecs[i]?.ToJsonString()), "Expected an AttachedDisk object.");
            StoredResources.ValidateEncryptionKey(diskSpec["diskEncryptionKey"], $"resource.disks[{i}].diskEncryptionKey");
        }
        if (!diskSpecs.OfType<JsonObject>().Any(d => ComputeJson.ReadBool(d["boot"])))
            throw GoogleErrors.InvalidField("resource.disks", null, "Boot disk must be specified.");
        var attached = new JsonArray();
        var newDiskKeys = new JsonArray();
        var index = 0;
        foreach (var spec in diskSpecs.OfType<JsonObject>())
        {
            var field = $"resource.disks[{index}]";
            var boot = ComputeJson.ReadBool(spec["boot"]);
            var deviceName = ComputeJson.ReadString(spec["deviceName"]) ?? (boot ? name : $"persistent-disk-{index}");
            string diskLink;
            long sizeGb;
            if (baseDisks is null && ComputeJson.ReadString(spec["source"]) is { } sourceText)
            {
                var reference = ResourceRef.TryParse(sourceText, "disks", call.Project, scope);
                if (reference is null || reference.Scope != scope)
                    throw GoogleErrors.InvalidField(field + ".source", sourceText, $"The disk must be in zone '{zone}'.");
                var disk = await StoredResources.FindOrThrowAsync(call, reference.Project, reference.Scope, "disks", reference.Name);
                var diskDoc = ResourceStore.Document(disk);
                var diskPath = $"projects/{disk.Project}/{disk.Scope}/disks/{disk.Name}";
                if (diskDoc["users"] is JsonArray { Count: > 0 } users) throw GoogleErrors.ResourceInUse(diskPath, ((string?)users[0])?.Replace(StoredLinks.Prefix, "", StringComparison.Ordinal) ?? "");
                diskDoc["users"] = new JsonArray(instanceLink);
                ResourceStore.Update(disk, diskDoc);
                sizeGb = ComputeJson.ReadInt64(diskDoc["sizeGb"]) ?? 10;
                diskLink = StoredLinks.Compute(diskPath);
            }
            else
            {
                var init = spec["initializeParams"] as JsonObject ?? [];
                var diskName = ComputeJson.ReadString(init["diskName"]) ?? (boot ? name : $"{name}-{deviceName}");
                if (Compute.Validation.ComputeNames.Validate(diskName, "Disk name") is { } diskProblem)
                    throw GoogleErrors.InvalidField(field + ".initializeParams.diskName", diskName, diskProblem);
                var diskPath = $"projects/{call.Project}/{scope}/disks/{diskName}";
                if (await ResourceStore.FindAsync(call.Db, call.Project, scope, "disks", diskName, call.Aborted) is not null
                    || call.Db.ChangeTracker.Entries<ResourceRecord>().Any(e => e.Entity.Key == ResourceRecord.MakeKey(call.Project, scope, "disks", diskName)))
                    throw GoogleErrors.AlreadyExists(diskPath);
                var diskDoc = new JsonObject();
                long minimum = 10;
                if (baseDisks is not null)
                {
                    minimum = ComputeJson.ReadInt64(spec["diskSizeGb"]) ?? 10;
                    copyGb += minimum;
                    if (spec["guestOsFeatures"] is JsonArray f) diskDoc["guestOsFeatures"] = f.DeepClone();
                }
                else if (ComputeJson.ReadString(init["sourceImage"]) is { } imageText)
                {
                    var image = await ImageResolver.ResolveForUseAsync(call, imageText, field + ".initializeParams.sourceImage");
                    minimum = ComputeJson.ReadInt64(image.Document["diskSizeGb"]) ?? 10;
                    diskDoc["sourceImage"] = StoredLinks.Compute(image.Path);
                    diskDoc["sourceImageId"] = ComputeJson.Int64(image.Record.Id);
                    foreach (var trait in (string[])["guestOsFeatures", "licenses", "architecture"])
                        if (image.Document[trait] is { } t) diskDoc[trait] = t.DeepClone();
                    if (image.Warning is not null) warnings.Add(image.Warning);
                    uses.Add(image.Record.Key);
                }
                else if (ComputeJson.ReadString(init["sourceSnapshot"]) is { } snapshotText)
                {
                    var reference = ResourceRef.TryParse(snapshotText, "snapshots", call.Project, "global")
                        ?? throw GoogleErrors.InvalidField(field + ".initializeParams.sourceSnapshot", snapshotText, "Expected a snapshot URL.");
                    await call.RequireAsync("compute.snapshots.useReadOnly", reference.Path, reference.Key, reference.Project);
                    var snapshot = await StoredResources.FindOrThrowAsync(call, reference.Project, "global", "snapshots", reference.Name);
                    minimum = ComputeJson.ReadInt64(ResourceStore.Document(snapshot)["diskSizeGb"]) ?? 10;
                    diskDoc["sourceSnapshot"] = StoredLinks.Compute(reference.Path);
                    uses.Add(snapshot.Key);
                }
                else if (boot)
                {
                    throw GoogleErrors.InvalidField(field + ".initializeParams", null, "The boot disk needs a source image or snapshot.");
                }
                sizeGb = ComputeJson.ReadInt64(init["diskSizeGb"]) ?? minimum;
                if (sizeGb < minimum)
                    throw GoogleErrors.InvalidField(field + ".initializeParams.diskSizeGb", sizeGb.ToString(CultureInfo.InvariantCulture), $"Requested disk size cannot be smaller than the image size ({minimum} GB).");
                var diskType = ComputeJson.ReadString(init["diskType"]) ?? "pd-balanced";
                diskType = diskType[(diskType.LastIndexOf('/') + 1)..];
                if (diskType is not ("pd-standard" or "pd-balanced" or "pd-ssd" or "pd-extreme" or "hyperdisk-balanced"))
                    throw GoogleErrors.InvalidField(field + ".initializeParams.diskType", diskType, "Unknown disk type.");
                var diskLabels = StoredResources.ValidateLabels(init["labels"], field + ".initializeParams.labels");
                var diskId = IdGenerator.Next();
                diskDoc["kind"] = "compute#disk";
                diskDoc["id"] = ComputeJson.Int64(diskId);
                diskDoc["creationTimestamp"] = Timestamps.Format(now);
                diskDoc["name"] = diskName;
                diskDoc["sizeGb"] = ComputeJson.Int64(sizeGb);
                diskDoc["zone"] = StoredLinks.Compute($"projects/{call.Project}/{scope}");
                diskDoc["status"] = "CREATING";
                diskDoc["selfLink"] = StoredLinks.Compute(diskPath);
                diskDoc["type"] = StoredLinks.Compute($"projects/{call.Project}/{scope}/diskTypes/{diskType}");
                diskDoc["users"] = new JsonArray(instanceLink);
                if (diskLabels.Count > 0) diskDoc["labels"] = diskLabels;
                diskDoc["labelFingerprint"] = StoredResources.LabelFingerprint(diskLabels);
                diskDoc["physicalBlockSizeBytes"] = ComputeJson.Int64(4096);
                var diskRecord = ResourceStore.Add(call.Db, call.Project, scope, "disks", diskName, diskId, now, diskDoc);
                newDiskKeys.Add(diskRecord.Key);
                diskLink = StoredLinks.Compute(diskPath);
            }
            attached.Add(new JsonObject
            {
                ["kind"] = "compute#attachedDisk",
                ["type"] = "PERSISTENT",
                ["mode"] = ComputeJson.ReadString(spec["mode"]) ?? "READ_WRITE",
                ["source"] = diskLink,
                ["deviceName"] = deviceName,
                ["index"] = index,
                ["boot"] = boot,
                ["autoDelete"] = spec["autoDelete"] is null ? boot : ComputeJson.ReadBool(spec["autoDelete"]),
                ["interface"] = ComputeJson.ReadString(spec["interface"]) ?? "SCSI",
                ["diskSizeGb"] = ComputeJson.Int64(sizeGb),
            });
            index++;
        }

        var nics = await BuildNetworkInterfacesAsync(call, merged["networkInterfaces"] as JsonArray, WorldCatalog.RegionOf(zone), id);

        var doc = new JsonObject
        {
            ["kind"] = "compute#instance",
            ["id"] = ComputeJson.Int64(id),
            ["creationTimestamp"] = Timestamps.Format(now),
            ["name"] = name,
        };
        foreach (var field in (string[])["metadata", "tags", "scheduling", "serviceAccounts", "canIpForward", "deletionProtection", "guestAccelerators", "minCpuPlatform", "shieldedInstanceConfig", "hostname", "reservationAffinity", "resourcePolicies"])
            if (merged[field] is { } value) doc[field] = value.DeepClone();
        if (description is not null) doc["description"] = description;
        doc["machineType"] = machineTypeLink;
        doc["status"] = "PROVISIONING";
        doc["zone"] = StoredLinks.Compute($"projects/{call.Project}/{scope}");
        doc["networkInterfaces"] = nics;
        doc["disks"] = attached;
        doc["selfLink"] = instanceLink;
        if (labels.Count > 0) doc["labels"] = labels;
        doc["labelFingerprint"] = StoredResources.LabelFingerprint(labels);
        doc["fingerprint"] = StoredResources.LabelFingerprint(new JsonObject { ["id"] = id.ToString(CultureInfo.InvariantCulture) });
        doc["cpuPlatform"] = "Unknown CPU Platform";
        if (sourceMachineImageLink is not null) doc["sourceMachineImage"] = sourceMachineImageLink;
        doc["startRestricted"] = false;
        doc["satisfiesPzs"] = false;
        ResourceStore.Add(call.Db, call.Project, scope, Collection, name, id, now, doc);

        return await OperationStarter.StartAsync(call, new OperationPlan
        {
            Kind = "instances.insert",
            OperationType = "insert",
            Project = call.Project,
            Scope = scope,
            TargetPath = path,
            TargetKey = ResourceRecord.MakeKey(call.Project, scope, Collection, name),
            TargetId = id,
            Gigabytes = copyGb,
            Uses = uses,
            Warnings = warnings,
            Data = new JsonObject { ["disks"] = newDiskKeys },
        });
    }

    public static Task<JsonNode?> DeleteAsync(ComputeCall call) => ChangeStateAsync(call, "delete", "compute.instances.delete", null, "STOPPING");

    public static Task<JsonNode?> StartAsync(ComputeCall call) => ChangeStateAsync(call, "start", "compute.instances.start", ["TERMINATED", "STOPPED"], "PROVISIONING");

    public static Task<JsonNode?> StopAsync(ComputeCall call) => ChangeStateAsync(call, "stop", "compute.instances.stop", ["RUNNING", "PROVISIONING", "STAGING"], "STOPPING");

    private static async Task<JsonNode?> ChangeStateAsync(ComputeCall call, string verb, string permission, string[]? allowedFrom, string newStatus)
    {
        var scope = StoredResources.ZoneScope(call);
        if (await OperationStarter.BeginAsync(call) is { } replay) return replay;
        var name = call.Route("instance");
        var path = $"projects/{call.Project}/{scope}/{Collection}/{name}";
        await call.RequireAsync(permission, path, ResourceRecord.MakeKey(call.Project, scope, Collection, name));
        var record = await StoredResources.FindOrThrowAsync(call, call.Project, scope, Collection, name);
        var doc = ResourceStore.Document(record);
        var status = (string?)doc["status"];
        if (verb == "delete" && ComputeJson.ReadBool(doc["deletionProtection"]))
            throw GoogleErrors.Invalid($"Invalid resource usage: 'Resource cannot be deleted if it's protected against deletion.'");
        if (verb == "start" && status == "RUNNING")
            return await StartOpAsync(call, record, scope, verb, completed: true);
        if (verb == "stop" && status == "TERMINATED")
            return await StartOpAsync(call, record, scope, verb, completed: true);
        if (allowedFrom is not null && !allowedFrom.Contains(status))
            throw GoogleErrors.ResourceNotReady($"projects/{call.Project}/{scope}/{Collection}/{record.Name}");
        doc["status"] = newStatus;
        ResourceStore.Update(record, doc);
        return await StartOpAsync(call, record, scope, verb, completed: false);
    }

    private static Task<JsonObject> StartOpAsync(ComputeCall call, ResourceRecord record, string scope, string verb, bool completed) =>
        OperationStarter.StartAsync(call, new OperationPlan
        {
            Kind = completed ? "sync" : "instances." + verb,
            OperationType = verb,
            Project = call.Project,
            Scope = scope,
            TargetPath = $"projects/{call.Project}/{scope}/{Collection}/{record.Name}",
            TargetKey = record.Key,
            TargetId = record.Id,
            Completed = completed,
        });

    public static async Task<JsonNode?> GetSerialPortOutputAsync(ComputeCall call)
    {
        var scope = StoredResources.ZoneScope(call);
        var name = call.Route("instance");
        var path = $"projects/{call.Project}/{scope}/{Collection}/{name}";
        await call.RequireAsync("compute.instances.getSerialPortOutput", path, ResourceRecord.MakeKey(call.Project, scope, Collection, name));
        var record = await StoredResources.FindOrThrowAsync(call, call.Project, scope, Collection, name);
        var portText = call.Query("port") ?? "1";
        if (!int.TryParse(portText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 4)
            throw GoogleErrors.InvalidField("port", portText, "Must be between 1 and 4.");
        long start = 0;
        if (call.Query("start") is { } startText && !long.TryParse(startText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out start))
            throw GoogleErrors.InvalidField("start", startText, "Must be an integer.");

        var serial = port == 1 ? await call.Db.SerialOutputs.FindAsync([record.Key], call.Aborted) : null;
        var discarded = serial?.DiscardedBytes ?? 0;
        var contents = serial?.Contents ?? "";
        var total = discarded + contents.Length;
        if (start < 0) start = Math.Max(0, total + start);
        if (start < discarded) start = discarded;
        if (start > total) start = total;
        var text = contents[(int)(start - discarded)..];
        return new JsonObject
        {
            ["kind"] = "compute#serialPortOutput",
            ["contents"] = text,
            ["start"] = ComputeJson.Int64(start),
            ["next"] = ComputeJson.Int64(total),
            ["selfLink"] = StoredLinks.Compute(path + "/serialPort"),
        };
    }

    private static async Task<JsonArray> BuildNetworkInterfacesAsync(ComputeCall call, JsonArray? requested, string region, long instanceId)
    {
        var result = new JsonArray();
        if (requested is null) return result;
        var i = 0;
        foreach (var nic in requested.OfType<JsonObject>())
        {
            var field = $"resource.networkInterfaces[{i}]";
            var networkText = ComputeJson.ReadString(nic["network"]);
            var subnetText = ComputeJson.ReadString(nic["subnetwork"]);
            ResourceRecord? subnet = null;
            if (subnetText is not null)
            {
                var sref = ResourceRef.TryParse(subnetText, "subnetworks", call.Project, "regions/" + region);
                if (sref is null || sref.Scope != "regions/" + region)
                    throw GoogleErrors.InvalidField(field + ".subnetwork", subnetText, $"The subnetwork must be in region '{region}'.");
                subnet = await StoredResources.FindOrThrowAsync(call, sref.Project, sref.Scope, "subnetworks", sref.Name);
            }
            var network = networkText ?? (subnet is null ? "global/networks/default" : (string?)ResourceStore.Document(subnet)["network"]);
            var nref = ResourceRef.TryParse(network, "networks", call.Project, "global")
                ?? throw GoogleErrors.InvalidField(field + ".network", network, "Expected a network URL such as 'global/networks/default'.");
            var networkRecord = await StoredResources.FindOrThrowAsync(call, nref.Project, "global", "networks", nref.Name);
            if (subnet is null)
            {
                var subnets = await ResourceStore.ListAsync(call.Db, nref.Project, "subnetworks", "regions/" + region, call.Aborted);
                subnet = subnets.FirstOrDefault(s => ((string?)ResourceStore.Document(s)["network"])?.EndsWith("/networks/" + networkRecord.Name, StringComparison.Ordinal) == true)
                    ?? throw GoogleErrors.InvalidField(field + ".subnetwork", null, $"Network '{networkRecord.Name}' has no subnetwork in region '{region}'.");
            }
            var subnetDoc = ResourceStore.Document(subnet);
            if (((string?)subnetDoc["network"])?.EndsWith("/networks/" + networkRecord.Name, StringComparison.Ordinal) != true)
                throw GoogleErrors.InvalidField(field + ".subnetwork", subnetText, $"Subnetwork '{subnet.Name}' does not belong to network '{networkRecord.Name}'.");
            var cidr = ((string?)subnetDoc["ipCidrRange"] ?? "10.128.0.0/20").Split('/')[0].Split('.');
            var host = (int)((instanceId % 250) + 2);
            var built = new JsonObject
            {
                ["kind"] = "compute#networkInterface",
                ["name"] = $"nic{i}",
                ["network"] = StoredLinks.Compute($"projects/{networkRecord.Project}/global/networks/{networkRecord.Name}"),
                ["subnetwork"] = StoredLinks.Compute($"projects/{subnet.Project}/{subnet.Scope}/subnetworks/{subnet.Name}"),
                ["networkIP"] = ComputeJson.ReadString(nic["networkIP"]) ?? $"{cidr[0]}.{cidr[1]}.{cidr[2]}.{host}",
                ["stackType"] = ComputeJson.ReadString(nic["stackType"]) ?? "IPV4_ONLY",
                ["fingerprint"] = StoredResources.LabelFingerprint(new JsonObject { ["nic"] = instanceId.ToString(CultureInfo.InvariantCulture) }),
            };
            if (nic["accessConfigs"] is JsonArray configs && configs.Count > 0)
            {
                var ac = new JsonArray();
                foreach (var c in configs.OfType<JsonObject>())
                {
                    ac.Add(new JsonObject
                    {
                        ["kind"] = "compute#accessConfig",
                        ["type"] = "ONE_TO_ONE_NAT",
                        ["name"] = ComputeJson.ReadString(c["name"]) ?? "External NAT",
                        ["natIP"] = ComputeJson.ReadString(c["natIP"]) ?? $"34.{(instanceId >> 8) % 250}.{(instanceId >> 16) % 250}.{host}",
                        ["networkTier"] = ComputeJson.ReadString(c["networkTier"]) ?? "PREMIUM",
                    });
                }
                built["accessConfigs"] = ac;
            }
            result.Add(built);
            i++;
        }
        return result;
    }
}
