#pragma warning disable CA1502
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Iam;

public static class IamRoles
{
    private static readonly string[] Reads =
    [
        "compute.images.get", "compute.images.list", "compute.images.getFromFamily", "compute.machineImages.get", "compute.machineImages.list",
        "compute.instances.get", "compute.instances.list", "compute.instances.getSerialPortOutput", "compute.disks.get", "compute.disks.list",
        "compute.snapshots.get", "compute.snapshots.list", "compute.instanceTemplates.get", "compute.instanceTemplates.list",
        "compute.zones.get", "compute.zones.list", "compute.regions.get", "compute.regions.list", "compute.machineTypes.get", "compute.machineTypes.list",
        "compute.networks.get", "compute.networks.list", "compute.subnetworks.get", "compute.subnetworks.list", "compute.projects.get",
        "compute.globalOperations.get", "compute.globalOperations.list", "compute.zoneOperations.get", "compute.zoneOperations.list",
        "compute.regionOperations.get", "compute.regionOperations.list", "resourcemanager.projects.get",
    ];

    private static readonly string[] Writes =
    [
        "compute.images.create", "compute.images.delete", "compute.images.deprecate", "compute.images.setLabels", "compute.images.update", "compute.images.useReadOnly",
        "compute.machineImages.create", "compute.machineImages.delete", "compute.machineImages.setLabels", "compute.machineImages.useReadOnly",
        "compute.instances.create", "compute.instances.delete", "compute.instances.start", "compute.instances.stop", "compute.instances.useReadOnly", "compute.instances.setMetadata",
        "compute.disks.create", "compute.disks.delete", "compute.disks.use", "compute.disks.useReadOnly", "compute.snapshots.useReadOnly",
        "compute.instanceTemplates.create", "compute.instanceTemplates.useReadOnly", "compute.subnetworks.use", "compute.networks.use",
        "compute.globalOperations.delete", "compute.zoneOperations.delete", "compute.regionOperations.delete",
    ];

    private static readonly string[] IamAdmin =
    [
        "compute.images.getIamPolicy", "compute.images.setIamPolicy", "compute.machineImages.getIamPolicy", "compute.machineImages.setIamPolicy",
        "resourcemanager.projects.getIamPolicy", "resourcemanager.projects.setIamPolicy",
    ];

    private static readonly Dictionary<string, HashSet<string>> Table = new(StringComparer.Ordinal)
    {
        ["roles/viewer"] = [.. Reads],
        ["roles/compute.viewer"] = [.. Reads],
        ["roles/editor"] = [.. Reads, .. Writes],
        ["roles/compute.instanceAdmin.v1"] = [.. Reads, .. Writes.Where(p => !p.StartsWith("compute.images.", StringComparison.Ordinal) || p.EndsWith("useReadOnly", StringComparison.Ordinal))],
        ["roles/compute.admin"] = [.. Reads, .. Writes, .. IamAdmin],
        ["roles/owner"] = [.. Reads, .. Writes, .. IamAdmin],
        ["roles/compute.imageUser"] = ["compute.images.get", "compute.images.getFromFamily", "compute.images.list", "compute.images.useReadOnly", "resourcemanager.projects.get"],
    };

    public static IReadOnlyList<string> Predefined { get; } = [.. Table.Keys];

    public static bool IsKnown(string role) => Table.ContainsKey(role);

    public static IReadOnlySet<string> PermissionsOf(string role) => Table.TryGetValue(role, out var p) ? p : new HashSet<string>();
}

public static class IamPolicyEvaluator
{
    public static bool HasPermission(IEnumerable<JsonObject?> policies, CallerIdentity caller, string permission, DateTimeOffset now)
    {
        foreach (var policy in policies)
        {
            if (policy?["bindings"] is not JsonArray bindings) continue;
            foreach (var b in bindings.OfType<JsonObject>())
            {
                if (!IamRoles.PermissionsOf((string?)b["role"] ?? "").Contains(permission)) continue;
                if (b["members"] is not JsonArray members) continue;
                foreach (var m in members.Select(x => (string?)x))
                {
                    if (m == caller.Member || m is "allAuthenticatedUsers" or "allUsers" || m == "domain:" + caller.Domain
                        || caller.Groups.Any(g => m == "group:" + g)) return true;
                }
            }
        }
        return false;
    }
}

public static class IamPolicyValidator
{
    public static string? Validate(JsonObject policy)
    {
        if (policy["bindings"] is null) return null;
        if (policy["bindings"] is not JsonArray bindings) return "bindings must be a list.";
        foreach (var b in bindings)
        {
            var role = (string?)b?["role"];
            if (role is null || !IamRoles.IsKnown(role)) return $"Role {role} is not supported for this resource.";
        }
        return null;
    }
}

public static class IamEtag
{
    public static string Compute(JsonObject policyWithoutEtag) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(policyWithoutEtag.ToJsonString()))[..8]);
}
