using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>get/list for resources kept in the store, and validation shared by the insert handlers.</summary>
public static class StoredResources
{
    /// <summary>Assumption (Google documents none): descriptions are capped at 2,048 characters.</summary>
    public const int MaxDescriptionLength = 2048;

    public static async Task<ResourceRecord> FindOrThrowAsync(ComputeCall call, string project, string scope, string collection, string nameOrId)
    {
        return await ResourceStore.FindAsync(call.Db, project, scope, collection, nameOrId, call.Aborted)
            ?? throw GoogleErrors.NotFound($"projects/{project}/{scope}/{collection}/{nameOrId}");
    }

    public static async Task<JsonNode?> GetAsync(ComputeCall call, string scope, string collection, string routeName, string permission)
    {
        var name = call.Route(routeName);
        var path = $"projects/{call.Project}/{scope}/{collection}/{name}";
        await call.RequireAsync(permission, path, ResourceRecord.MakeKey(call.Project, scope, collection, name));
        var record = await FindOrThrowAsync(call, call.Project, scope, collection, name);
        return ResourceStore.Document(record);
    }

    public static async Task<JsonNode?> ListAsync(ComputeCall call, string? scope, string collection, string kind, string permission)
    {
        await call.RequireAsync(permission, $"projects/{call.Project}");
        var page = await ComputeLists.ApplyAsync(call, ResourceStore.Query(call.Db, call.Project, collection, scope), call.Aborted);
        return ComputeLists.Envelope(kind, $"projects/{call.Project}/{scope ?? "aggregated"}/{collection}", page);
    }

    public static string ZoneScope(ComputeCall call)
    {
        var zone = call.Route("zone");
        if (!Seed.WorldCatalog.IsZone(zone)) throw GoogleErrors.NotFound($"projects/{call.Project}/zones/{zone}");
        return "zones/" + zone;
    }

    public static string RegionScope(ComputeCall call)
    {
        var region = call.Route("region");
        if (!Seed.WorldCatalog.IsRegion(region)) throw GoogleErrors.NotFound($"projects/{call.Project}/regions/{region}");
        return "regions/" + region;
    }

    public static string ValidateName(JsonObject body, string field = "resource.name")
    {
        var name = ComputeJson.ReadString(body["name"]);
        if (string.IsNullOrEmpty(name)) throw GoogleErrors.Required(field);
        if (ComputeNames.Validate(name) is { } problem)
            throw GoogleErrors.InvalidField(field, name, $"Must be a match of regex '(?:[a-z](?:[-a-z0-9]{{0,61}}[a-z0-9])?)'. {problem}");
        return name;
    }

    public static string? ValidateDescription(JsonObject body)
    {
        var description = ComputeJson.ReadString(body["description"]);
        if (description is { Length: > MaxDescriptionLength })
            throw GoogleErrors.InvalidField("resource.description", description[..20] + "…", $"The description must be at most {MaxDescriptionLength} characters.");
        return description;
    }

    public static JsonObject ValidateLabels(JsonNode? labels, string field = "resource.labels")
    {
        if (labels is null) return [];
        if (labels is not JsonObject map) throw GoogleErrors.InvalidField(field, labels.ToJsonString(), "Labels must be a map of strings.");
        var dict = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map)
        {
            if (v is not JsonValue jv || !jv.TryGetValue<string>(out var s))
                throw GoogleErrors.InvalidField($"{field}.{k}", v?.ToJsonString(), "Label values must be strings.");
            dict[k] = s;
        }
        var problems = LabelRules.Validate(dict);
        if (problems.Count > 0) throw GoogleErrors.InvalidField(field, null, string.Join(" ", problems));
        return (JsonObject)map.DeepClone();
    }

    /// <summary>
    /// A customer-managed encryption key field (<c>machineImageEncryptionKey</c>, <c>imageEncryptionKey</c>,
    /// <c>diskEncryptionKey</c>): an object whose <c>kmsKeyName</c>, when given, is a Cloud KMS key name. Returns the
    /// key object to store (null when absent); 400 for any other shape.
    /// </summary>
    public static JsonObject? ValidateEncryptionKey(JsonNode? key, string field)
    {
        if (key is null) return null;
        if (key is not JsonObject map) throw GoogleErrors.InvalidField(field, Shorten(key.ToJsonString()), "Expected an object such as {\"kmsKeyName\": \"projects/…/cryptoKeys/KEY\"}.");
        if (map.ContainsKey("kmsKeyName"))
        {
            var name = map["kmsKeyName"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (name is null) throw GoogleErrors.InvalidField(field + ".kmsKeyName", Shorten(map["kmsKeyName"]?.ToJsonString()), "Expected a string.");
            if (KmsKeyNames.Validate(name) is { } problem) throw GoogleErrors.InvalidField(field + ".kmsKeyName", Shorten(name), problem);
            return new JsonObject { ["kmsKeyName"] = name };
        }
        return (JsonObject)map.DeepClone();
    }

    /// <summary>400 unless <paramref name="node"/> is absent or a JSON array (e.g. <c>storageLocations</c> given as a string).</summary>
    public static JsonArray? RequireArray(JsonNode? node, string field)
        => node switch
        {
            null => null,
            JsonArray array => array,
            _ => throw GoogleErrors.InvalidField(field, Shorten(node.ToJsonString()), "Expected a list (JSON array)."),
        };

    /// <summary>A value quoted in an error message, cut to 64 characters.</summary>
    public static string? Shorten(string? value) => value is { Length: > 64 } ? value[..61] + "..." : value;

    /// <summary>
    /// <c>aggregatedList</c> of a zonal collection: every zone as a scope, with the collection's items or Compute's
    /// <c>NO_RESULTS_ON_PAGE</c> warning.
    /// </summary>
    public static async Task<JsonNode?> AggregatedZonalListAsync(ComputeCall call, string collection, string kind, string permission)
    {
        await call.RequireAsync(permission, $"projects/{call.Project}");
        var records = await ResourceStore.ListAsync(call.Db, call.Project, collection, null, call.Aborted);
        var page = ComputeLists.Apply(call, records.Select(ResourceStore.Document));
        var items = new JsonObject();
        foreach (var zone in Seed.WorldCatalog.Zones)
        {
            var inZone = page.Items.Where(d => ((string?)d["zone"])?.EndsWith("/zones/" + zone, StringComparison.Ordinal) == true).ToList();
            items["zones/" + zone] = inZone.Count > 0
                ? new JsonObject { [collection] = new JsonArray([.. inZone.Select(d => (JsonNode)d.DeepClone())]) }
                : new JsonObject
                {
                    ["warning"] = new JsonObject
                    {
                        ["code"] = "NO_RESULTS_ON_PAGE",
                        ["message"] = "There are no results for scope 'zones/" + zone + "' on this page.",
                        ["data"] = new JsonArray(new JsonObject { ["key"] = "scope", ["value"] = "zones/" + zone }),
                    },
                };
        }
        var body = new JsonObject { ["kind"] = kind, ["id"] = $"projects/{call.Project}/aggregated/{collection}", ["items"] = items };
        if (page.NextPageToken is not null) body["nextPageToken"] = page.NextPageToken;
        body["selfLink"] = StoredLinks.Compute($"projects/{call.Project}/aggregated/{collection}");
        return body;
    }

    /// <summary>A fingerprint of a label set (base64 of 8 hash bytes), changed whenever the labels change.</summary>
    public static string LabelFingerprint(JsonObject labels)
    {
        var canonical = string.Join(",", labels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + (string?)p.Value));
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))[..8]);
    }

    /// <summary><c>setLabels</c> for any stored resource: validates labels, checks the fingerprint (412), replaces the whole set.</summary>
    public static async Task<JsonNode?> SetLabelsAsync(ComputeCall call, string scope, string collection, string routeName, string permission)
    {
        var name = call.Route(routeName);
        var path = $"projects/{call.Project}/{scope}/{collection}/{name}";
        var body = await call.ReadBodyAsync();
        await call.LockAsync();
        await call.RequireAsync(permission, path, ResourceRecord.MakeKey(call.Project, scope, collection, name));
        var record = await FindOrThrowAsync(call, call.Project, scope, collection, name);
        var labels = ValidateLabels(body["labels"], "labels");
        var doc = ResourceStore.Document(record);
        var current = (string?)doc["labelFingerprint"] ?? LabelFingerprint([]);
        if (ComputeJson.ReadString(body["labelFingerprint"]) != current)
            throw GoogleErrors.ConditionNotMet("Labels fingerprint either invalid or resource labels have changed");
        doc["labels"] = labels;
        doc["labelFingerprint"] = LabelFingerprint(labels);
        ResourceStore.Update(record, doc);
        return await OperationStarter.StartAsync(call, new Simulation.OperationPlan
        {
            Kind = "sync",
            OperationType = "setLabels",
            Project = call.Project,
            Scope = scope,
            TargetPath = $"projects/{call.Project}/{scope}/{collection}/{record.Name}",
            TargetKey = record.Key,
            TargetId = record.Id,
            Completed = true,
        });
    }

    /// <summary>
    /// Deletes a global resource (image or machine image) as Compute does: requestId replay first, then the permission,
    /// 404, in-use and not-ready checks, then the resource goes DELETING and a tracked delete operation starts.
    /// </summary>
    public static async Task<JsonNode?> DeleteGlobalAsync(ComputeCall call, string collection, string routeName, string permission, string notReadyStatus)
    {
        if (await OperationStarter.BeginAsync(call) is { } replay) return replay;
        var name = call.Route(routeName);
        var path = $"projects/{call.Project}/global/{collection}/{name}";
        await call.RequireAsync(permission, path, ResourceRecord.MakeKey(call.Project, "global", collection, name));
        var record = await FindOrThrowAsync(call, call.Project, "global", collection, name);
        path = $"projects/{call.Project}/global/{collection}/{record.Name}";
        await CreationLimits.CheckNotInUseAsync(call, record, path);
        var doc = ResourceStore.Document(record);
        if ((string?)doc["status"] == notReadyStatus) throw GoogleErrors.ResourceNotReady(path);
        doc["status"] = "DELETING";
        ResourceStore.Update(record, doc);
        return await OperationStarter.StartAsync(call, new OperationPlan
        {
            Kind = collection + ".delete",
            OperationType = "delete",
            Project = call.Project,
            Scope = "global",
            TargetPath = path,
            TargetKey = record.Key,
            TargetId = record.Id,
        });
    }
}
