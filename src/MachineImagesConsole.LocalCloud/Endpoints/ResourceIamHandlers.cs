using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Iam;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>getIamPolicy / setIamPolicy / testIamPermissions for images and machine images (synchronous, etag-checked).</summary>
public static class ResourceIamHandlers
{
    public static async Task<JsonNode?> GetAsync(ComputeCall call, string collection)
    {
        var (record, path) = await ResolveAsync(call, collection, "getIamPolicy");
        return await CurrentPolicyAsync(call, record.Key);
    }

    public static async Task<JsonNode?> SetAsync(ComputeCall call, string collection)
    {
        var body = await call.ReadBodyAsync();
        await call.LockAsync();
        var (record, _) = await ResolveAsync(call, collection, "setIamPolicy");
        var policy = body["policy"] as JsonObject;
        if (policy is null)
        {
            if (body["bindings"] is null) throw GoogleErrors.Required("policy");
            policy = new JsonObject { ["bindings"] = body["bindings"]!.DeepClone() };
            if (body["etag"] is not null) policy["etag"] = body["etag"]!.DeepClone();
        }
        else
        {
            policy = (JsonObject)policy.DeepClone();
        }

        if (IamPolicyValidator.Validate(policy) is { } problem) throw GoogleErrors.Invalid(problem);
        var current = await CurrentPolicyAsync(call, record.Key);
        var sentEtag = ComputeJson.ReadString(policy["etag"]);
        if (sentEtag is not null && sentEtag != (string?)current["etag"])
            throw GoogleErrors.ConditionNotMet("There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.");

        var stored = new JsonObject { ["version"] = (int?)policy["version"] ?? 1 };
        if (policy["bindings"] is JsonArray { Count: > 0 } bindings) stored["bindings"] = bindings.DeepClone();
        if (policy["auditConfigs"] is JsonArray { Count: > 0 } audit) stored["auditConfigs"] = audit.DeepClone();
        stored["etag"] = IamEtag.Compute(stored);

        var existing = await call.Db.IamPolicies.FindAsync([record.Key], call.Aborted);
        if (existing is null) call.Db.IamPolicies.Add(new IamPolicyRecord { ResourceKey = record.Key, Json = stored.ToJsonString() });
        else existing.Json = stored.ToJsonString();
        await call.Db.SaveChangesAsync(call.Aborted);
        return stored;
    }

    public static async Task<JsonNode?> TestAsync(ComputeCall call, string collection)
    {
        var body = await call.ReadBodyAsync(allowEmpty: true);
        var name = call.Route("resource");
        if (!call.Authorizer.ProjectExists(call.Project)) throw GoogleErrors.NotFound($"projects/{call.Project}");
        var record = await StoredResources.FindOrThrowAsync(call, call.Project, "global", collection, name);
        var granted = new JsonArray();
        if (body["permissions"] is JsonArray asked)
        {
            foreach (var p in asked.Select(x => ComputeJson.ReadString(x)))
            {
                if (string.IsNullOrEmpty(p) || p.Contains('*', StringComparison.Ordinal))
                    throw GoogleErrors.InvalidField("permissions", p, "Permissions with wildcards (such as '*' or 'storage.*') are not allowed.");
                if (await call.HasAsync(p, call.Project, record.Key)) granted.Add(p);
            }
        }
        var response = new JsonObject();
        if (granted.Count > 0) response["permissions"] = granted;
        return response;
    }

    private static async Task<(ResourceRecord Record, string Path)> ResolveAsync(ComputeCall call, string collection, string verb)
    {
        var name = call.Route("resource");
        var path = $"projects/{call.Project}/global/{collection}/{name}";
        await call.RequireAsync($"compute.{collection}.{verb}", path, ResourceRecord.MakeKey(call.Project, "global", collection, name));
        var record = await StoredResources.FindOrThrowAsync(call, call.Project, "global", collection, name);
        return (record, path);
    }

    private static async Task<JsonObject> CurrentPolicyAsync(ComputeCall call, string key)
    {
        var policy = await ComputeAuthorizer.ResourcePolicyAsync(call.Db, key, call.Aborted);
        if (policy is not null) return policy;
        var empty = new JsonObject { ["version"] = 1 };
        empty["etag"] = IamEtag.Compute(empty);
        return empty;
    }
}
