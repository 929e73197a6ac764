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
