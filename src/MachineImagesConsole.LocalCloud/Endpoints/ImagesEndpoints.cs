using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.LocalCloud.Seed;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>images.*</c>: global disk images made from a disk, image, snapshot or a tar.gz in Cloud Storage.</summary>
public static partial class ImagesEndpoints
{
    private const string Collection = "images";

    [GeneratedRegex("^(?:gs://|https://storage\\.googleapis\\.com/|https://storage\\.cloud\\.google\\.com/)[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]/.+$", RegexOptions.CultureInvariant)]
    private static partial Regex GcsObjectRegex();

    public static Task<JsonNode?> GetAsync(ComputeCall call) =>
        StoredResources.GetAsync(call, "global", Collection, "image", "compute.images.get");

    public static Task<JsonNode?> ListAsync(ComputeCall call) =>
        StoredResources.ListAsync(call, "global", Collection, "compute#imageList", "compute.images.list");

    public static Task<JsonNode?> SetLabelsAsync(ComputeCall call) =>
        StoredResources.SetLabelsAsync(call, "global", Collection, "resource", "compute.images.setLabels");

    public static Task<JsonNode?> GetIamPolicyAsync(ComputeCall call) => ResourceIamHandlers.GetAsync(call, Collection);

    public static Task<JsonNode?> SetIamPolicyAsync(ComputeCall call) => ResourceIamHandlers.SetAsync(call, Collection);

    public static Task<JsonNode?> TestIamPermissionsAsync(ComputeCall call) => ResourceIamHandlers.TestAsync(call, Collection);

    public static async Task<JsonNode?> GetFromFamilyAsync(ComputeCall call)
    {
        var family = call.Route("family");
        var path = $"projects/{call.Project}/global/images/family/{family}";
        await call.RequireAsync("compute.images.getFromFamily", path);
        var record = await ImageResolver.FromFamilyAsync(call, call.Project, family) ?? throw GoogleErrors.NotFound(path);
        return ResourceStore.Document(record);
    }

    public static async Task<JsonNode?> InsertAsync(ComputeCall call)
    {
        var body = await call.ReadBodyAsync();
        if (await OperationStarter.BeginAsync(call) is { } replay) return replay;

        var name = StoredResources.ValidateName(body);
        var path = $"projects/{call.Project}/global/{Collection}/{name}";
        await call.RequireAsync("compute.images.create", path);
        var description = StoredResources.ValidateDescription(body);
        var labels = StoredResources.ValidateLabels(body["labels"]);
        var encryptionKey = StoredResources.ValidateEncryptionKey(body["imageEncryptionKey"], "resource.imageEncryptionKey");
        var requestedLocations = StoredResources.RequireArray(body["storageLocations"], "resource.storageLocations");
        var family = ComputeJson.ReadString(body["family"]);
        if (family is not null && ComputeNames.Validate(family, "Family") is { } familyProblem)
            throw GoogleErrors.InvalidField("resource.family", family, familyProblem);

        var rawSource = ComputeJson.ReadString(body["rawDisk"]?["source"]);
        var sourceDisk = ComputeJson.ReadString(body["sourceDisk"]);
        var sourceImage = ComputeJson.ReadString(body["sourceImage"]);
        var sourceSnapshot = ComputeJson.ReadString(body["sourceSnapshot"]);
        var sources = new[] { rawSource, sourceDisk, sourceImage, sourceSnapshot }.Count(s => !string.IsNullOrEmpty(s));
        if (sources != 1)
            throw GoogleErrors.Invalid("Exactly one of 'rawDisk.source', 'sourceDisk', 'sourceImage' or 'sourceSnapshot' must be specified" + (sources == 0 ? "." : $" ({sources} were given)."));

        if (await ResourceStore.FindAsync(call.Db, call.Project, "global", Collection, name, call.Aborted) is not null)
            throw GoogleErrors.AlreadyExists(path);

        var doc = new JsonObject();
        var uses = new List<string>();
        long sizeGb;
        string? quotaRegion = null;
        JsonArray? warnings = null;
        if (!string.IsNullOrEmpty(rawSource))
        {
            if (!GcsObjectRegex().IsMatch(rawSource))
                throw GoogleErrors.InvalidField("resource.rawDisk.source", rawSource, "Expected a Cloud Storage object URI such as 'gs://BUCKET/OBJECT.tar.gz'.");
            sizeGb = ComputeJson.ReadInt64(body["diskSizeGb"]) ?? 10;
            doc["rawDisk"] = new JsonObject { ["source"] = rawSource, ["containerType"] = "TAR" };
            doc["archiveSizeBytes"] = ComputeJson.Int64(sizeGb * 1_000_000_000L / 4);
        }
        else if (!string.IsNullOrEmpty(sourceDisk))
        {
            var reference = ResourceRef.TryParse(sourceDisk, "disks", call.Project, null);
            if (reference?.Location is null || !reference.Scope.StartsWith("zones/", StringComparison.Ordinal))
                throw GoogleErrors.InvalidField("resource.sourceDisk", sourceDisk, "Expected a URL such as 'projects/PROJECT/zones/ZONE/disks/NAME'.");
            if (!call.Authorizer.ProjectExists(reference.Project)) throw GoogleErrors.NotFound($"projects/{reference.Project}");
            await call.RequireAsync("compute.disks.useReadOnly", reference.Path, reference.Key, reference.Project);
            var disk = await StoredResources.FindOrThrowAsync(call, reference.Project, reference.Scope, "disks", reference.Name);
            var diskDoc = ResourceStore.Document(disk);
            var diskPath = $"projects/{disk.Project}/{disk.Scope}/disks/{disk.Name}";
            if ((string?)diskDoc["status"] != "READY") throw GoogleErrors.ResourceNotReady(diskPath);
            if (!call.QueryBool("forceCreate") && diskDoc["users"] is JsonArray { Count: > 0 } users)
            {
                foreach (var user in users.Select(u => ResourceRef.TryParse((string?)u, "instances", disk.Project, disk.Scope)))
                {
                    var instance = user is null ? null : await call.Db.Resources.FindAsync([user.Key], call.Aborted);
                    if (instance is not null && (string?)ResourceStore.Document(instance)["status"] is not ("TERMINATED" or "STOPPED"))
                        throw new ComputeException(400, "resourceInUseByAnotherResource",
                            $"The disk resource '{diskPath}' is already being used by '{user!.Path}'. Stop the instance or set forceCreate=true to image a disk attached to a running instance.");
                }
            }
            sizeGb = ComputeJson.ReadInt64(diskDoc["sizeGb"]) ?? 10;
            doc["sourceDisk"] = StoredLinks.Compute(diskPath);
            doc["sourceDiskId"] = ComputeJson.Int64(disk.Id);
            CopyImageTraits(diskDoc, doc);
            uses.Add(disk.Key);
            quotaRegion = WorldCatalog.RegionOf(reference.Location);
        }
        else if (!string.IsNullOrEmpty(sourceImage))
        {
            var source = await ImageResolver.ResolveForUseAsync(call, sourceImage, "resource.sourceImage");
            sizeGb = ComputeJson.ReadInt64(source.Document["diskSizeGb"]) ?? 10;
            doc["sourceImage"] = StoredLinks.Compute(source.Path);
            doc["sourceImageId"] = ComputeJson.Int64(source.Record.Id);
            CopyImageTraits(source.Document, doc);
            uses.Add(source.Record.Key);
            if (source.Warning is not null) warnings = [source.Warning];
        }
        else
        {
            var reference = ResourceRef.TryParse(sourceSnapshot, "snapshots", call.Project, "global")
                ?? throw GoogleErrors.InvalidField("resource.sourceSnapshot", sourceSnapshot, "Expected a URL such as 'projects/PROJECT/global/snapshots/NAME'.");
            if (!call.Authorizer.ProjectExists(reference.Project)) throw GoogleErrors.NotFound($"projects/{reference.Project}");
            await call.RequireAsync("compute.snapshots.useReadOnly", reference.Path, reference.Key, reference.Project);
            var snapshot = await StoredResources.FindOrThrowAsync(call, reference.Project, "global", "snapshots", reference.Name);
            var snapDoc = ResourceStore.Document(snapshot);
            sizeGb = ComputeJson.ReadInt64(snapDoc["diskSizeGb"]) ?? 10;
            doc["sourceSnapshot"] = StoredLinks.Compute($"projects/{snapshot.Project}/global/snapshots/{snapshot.Name}");
            doc["sourceSnapshotId"] = ComputeJson.Int64(snapshot.Id);
            uses.Add(snapshot.Key);
        }

        var requestedSize = ComputeJson.ReadInt64(body["diskSizeGb"]);
        if (requestedSize is { } r && string.IsNullOrEmpty(rawSource))
        {
            if (r < sizeGb) throw GoogleErrors.InvalidField("resource.diskSizeGb", r.ToString(System.Globalization.CultureInfo.InvariantCulture), $"The image must be at least as large as its source ({sizeGb} GB).");
            sizeGb = r;
        }
        CreationLimits.CheckDisks(1, sizeGb, $"Image '{name}'");

        var storageLocations = new JsonArray();
        if (requestedLocations is { Count: > 0 } requested)
        {
            foreach (var loc in requested.Select(l => ComputeJson.ReadString(l)))
            {
                if (loc is null || !WorldCatalog.IsStorageLocation(loc))
                    throw GoogleErrors.InvalidField("resource.storageLocations", loc, "Expected a region such as 'us-central1' or a multi-region such as 'us'.");
                storageLocations.Add(loc);
            }
        }
        else
        {
            storageLocations.Add(quotaRegion is null ? "us" : WorldCatalog.MultiRegionOf(quotaRegion));
        }
        var firstLocation = (string)storageLocations[0]!;
        quotaRegion ??= WorldCatalog.IsRegion(firstLocation) ? firstLocation : WorldCatalog.MultiRegions[firstLocation][0];
        await CreationLimits.CheckConcurrentAsync(call, quotaRegion);

        var id = IdGenerator.Next();
        var now = call.Now;
        doc["kind"] = "compute#image";
        doc["id"] = ComputeJson.Int64(id);
        doc["creationTimestamp"] = Timestamps.Format(now);
        doc["name"] = name;
        if (description is not null) doc["description"] = description;
        if (family is not null) doc["family"] = family;
        doc["selfLink"] = StoredLinks.Compute(path);
        doc["sourceType"] = "RAW";
        doc["status"] = "PENDING";
        doc["diskSizeGb"] = ComputeJson.Int64(sizeGb);
        doc["storageLocations"] = storageLocations;
        if (encryptionKey is not null) doc["imageEncryptionKey"] = encryptionKey;
        if (labels.Count > 0) doc["labels"] = labels;
        doc["labelFingerprint"] = StoredResources.LabelFingerprint(labels);
        if (body["guestOsFeatures"] is JsonArray features) doc["guestOsFeatures"] = features.DeepClone();
        doc["architecture"] ??= ComputeJson.ReadString(body["architecture"]) ?? "X86_64";
        var record = ResourceStore.Add(call.Db, call.Project, "global", Collection, name, id, now, doc);

        return await OperationStarter.StartAsync(call, new OperationPlan
        {
            Kind = "images.insert",
            OperationType = "insert",
            Project = call.Project,
            Scope = "global",
            TargetPath = path,
            TargetKey = record.Key,
            TargetId = id,
            Gigabytes = sizeGb,
            Uses = uses,
            QuotaRegion = quotaRegion,
            Warnings = warnings,
        });
    }

    public static Task<JsonNode?> DeleteAsync(ComputeCall call) =>
        StoredResources.DeleteGlobalAsync(call, Collection, "image", "compute.images.delete", notReadyStatus: "PENDING");

    /// <summary>Sets (or, with an empty body, clears) the deprecation status. Applied at once; the operation is DONE.</summary>
    public static async Task<JsonNode?> DeprecateAsync(ComputeCall call)
    {
        var body = await call.ReadBodyAsync(allowEmpty: true);
        if (await OperationStarter.BeginAsync(call) is { } replay) return replay;
        var name = call.Route("image");
        var path = $"projects/{call.Project}/global/{Collection}/{name}";
        await call.RequireAsync("compute.images.deprecate", path, ResourceRecord.MakeKey(call.Project, "global", Collection, name));
        var record = await StoredResources.FindOrThrowAsync(call, call.Project, "global", Collection, name);
        var doc = ResourceStore.Document(record);
        var deprecated = await ValidateDeprecationAsync(call, body, record);
        if (deprecated is null) doc.Remove("deprecated");
        else doc["deprecated"] = deprecated;
        ResourceStore.Update(record, doc);
        return await StartSyncAsync(call, record, "deprecate");
    }

    /// <summary>PATCH: only <c>family</c>, <c>description</c> and <c>deprecated</c> may change.</summary>
    public static async Task<JsonNode?> PatchAsync(ComputeCall call)
    {
        var body = await call.ReadBodyAsync();
        if (await OperationStarter.BeginAsync(call) is { } replay) return replay;
        var name = call.Route("image");
        var path = $"projects/{call.Project}/global/{Collection}/{name}";
        await call.RequireAsync("compute.images.update", path, ResourceRecord.MakeKey(call.Project, "global", Collection, name));
        var record = await StoredResources.FindOrThrowAsync(call, call.Project, "global", Collection, name);
        var doc = ResourceStore.Document(record);
        foreach (var (key, _) in body)
        {
            if (key is not ("family" or "description" or "deprecated" or "name" or "kind" or "selfLink" or "id"))
                throw GoogleErrors.InvalidField("resource." + key, null, "Only 'family', 'description' and 'deprecated' can be patched.");
        }
        if (body.ContainsKey("family"))
        {
            var family = ComputeJson.ReadString(body["family"]);
            if (family is not null && ComputeNames.Validate(family, "Family") is { } problem) throw GoogleErrors.InvalidField("resource.family", family, problem);
            if (family is null) doc.Remove("family"); else doc["family"] = family;
        }
        if (body.ContainsKey("description"))
        {
            var description = StoredResources.ValidateDescription(body);
            if (description is null) doc.Remove("description"); else doc["description"] = description;
        }
        if (body["deprecated"] is JsonObject dep)
        {
            var deprecated = await ValidateDeprecationAsync(call, dep, record);
            if (deprecated is null) doc.Remove("deprecated"); else doc["deprecated"] = deprecated;
        }
        ResourceStore.Update(record, doc);
        return await StartSyncAsync(call, record, "patch");
    }

    private static async Task<JsonObject?> ValidateDeprecationAsync(ComputeCall call, JsonObject body, ResourceRecord record)
    {
        var state = ComputeJson.ReadString(body["state"]);
        if (body.Count == 0 || (state is null or "ACTIVE" && body["replacement"] is null && body["deprecated"] is null && body["obsolete"] is null && body["deleted"] is null))
            return null;
        state ??= "ACTIVE";
        if (state is not ("ACTIVE" or "DEPRECATED" or "OBSOLETE" or "DELETED"))
            throw GoogleErrors.InvalidField("deprecationStatus.state", state, "Must be one of ACTIVE, DEPRECATED, OBSOLETE or DELETED.");
        var result = new JsonObject { ["state"] = state };
        if (ComputeJson.ReadString(body["replacement"]) is { } replacementText)
        {
            var reference = ResourceRef.TryParse(replacementText, "images", call.Project, "global");
            if (reference is null || reference.IsFamily)
                throw GoogleErrors.InvalidField("deprecationStatus.replacement", replacementText, "The replacement must be an image URL.");
            var replacement = await ResourceStore.FindAsync(call.Db, reference.Project, "global", "images", reference.Name, call.Aborted)
                ?? throw GoogleErrors.NotFound(reference.Path);
            if (replacement.Key == record.Key) throw GoogleErrors.InvalidField("deprecationStatus.replacement", replacementText, "An image cannot replace itself.");
            result["replacement"] = StoredLinks.Compute($"projects/{replacement.Project}/global/images/{replacement.Name}");
        }
        foreach (var field in (string[])["deprecated", "obsolete", "deleted"])
        {
            if (ComputeJson.ReadString(body[field]) is not { } when) continue;
            if (!Timestamps.TryParse(when, out _)) throw GoogleErrors.InvalidField("deprecationStatus." + field, when, "Expected an RFC 3339 timestamp.");
            result[field] = when;
        }
        return result;
    }

    private static Task<JsonObject> StartSyncAsync(ComputeCall call, ResourceRecord record, string operationType) =>
        OperationStarter.StartAsync(call, new OperationPlan
        {
            Kind = "sync",
            OperationType = operationType,
            Project = call.Project,
            Scope = "global",
            TargetPath = $"projects/{record.Project}/global/{Collection}/{record.Name}",
            TargetKey = record.Key,
            TargetId = record.Id,
            Completed = true,
        });

    private static void CopyImageTraits(JsonObject source, JsonObject image)
    {
        foreach (var field in (string[])["guestOsFeatures", "licenses", "licenseCodes", "architecture"])
            if (source[field] is { } value) image[field] = value.DeepClone();
    }
}
