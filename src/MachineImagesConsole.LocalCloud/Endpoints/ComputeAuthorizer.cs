using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Iam;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>
/// IAM for Compute calls: the project policy comes from configuration, images and machine images may carry their
/// own policy in the store; <see cref="IamPolicyEvaluator"/> decides.
/// </summary>
public sealed class ComputeAuthorizer(IOptions<LocalCloudOptions> options, TimeProvider time)
{
    public bool ProjectExists(string project) => options.Value.Projects.ContainsKey(project);

    public ProjectOptions? Project(string project) => options.Value.Projects.GetValueOrDefault(project);

    public IEnumerable<string> ProjectIds => options.Value.Projects.Keys;

    public JsonObject ProjectPolicy(string project)
    {
        var bindings = new JsonArray();
        if (options.Value.Projects.TryGetValue(project, out var p))
        {
            foreach (var (role, members) in p.Bindings)
                bindings.Add(new JsonObject { ["role"] = role, ["members"] = new JsonArray([.. members.Select(m => (JsonNode)JsonValue.Create(m)!)]) });
        }
        return new JsonObject { ["version"] = 1, ["bindings"] = bindings };
    }

    public static async Task<JsonObject?> ResourcePolicyAsync(LocalCloudDbContext db, string? resourceKey, CancellationToken cancellationToken)
    {
        if (resourceKey is null) return null;
        var record = await db.IamPolicies.FindAsync([resourceKey], cancellationToken);
        return record is null ? null : (JsonObject?)JsonNode.Parse(record.Json);
    }

    public async Task<bool> HasAsync(LocalCloudDbContext db, CallerIdentity caller, string permission, string project, string? resourceKey, CancellationToken cancellationToken)
    {
        var resourcePolicy = await ResourcePolicyAsync(db, resourceKey, cancellationToken);
        return IamPolicyEvaluator.HasPermission([ProjectPolicy(project), resourcePolicy], caller, permission, time.GetUtcNow());
    }

    /// <summary>Throws 404 for an unknown project and 403 (naming the permission) when the caller lacks it.</summary>
    public async Task RequireAsync(LocalCloudDbContext db, CallerIdentity caller, string permission, string project, string resourcePath, string? resourceKey, CancellationToken cancellationToken)
    {
        if (!ProjectExists(project)) throw GoogleErrors.NotFound($"projects/{project}");
        if (!await HasAsync(db, caller, permission, project, resourceKey, cancellationToken))
            throw GoogleErrors.Forbidden(permission, resourcePath);
    }
}
