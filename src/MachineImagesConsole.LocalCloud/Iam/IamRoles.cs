using System.Collections.Frozen;

namespace MachineImagesConsole.LocalCloud.Iam;

/// <summary>
/// The predefined IAM roles LocalCloud knows and the permissions each carries, named as Google names them.
/// The sets model the part of Compute Engine this product uses; they are a faithful subset of Google's
/// roles, not a copy of them. Decisions worth knowing:
/// <list type="bullet">
/// <item><c>roles/viewer</c> and <c>roles/compute.viewer</c> are get/list only: no <c>*.getIamPolicy</c> on Compute
/// resources (Google keeps resource IAM policies out of Compute Viewer) and no <c>useReadOnly</c>.
/// <c>roles/viewer</c> can read the project's own policy (<c>resourcemanager.projects.getIamPolicy</c>).</item>
/// <item><c>roles/editor</c> is everything except changing IAM policies (<c>*.setIamPolicy</c>); like Google's basic
/// Editor role it may act as service accounts and read resource policies.</item>
/// <item>Google has no "machine image user" role. Sharing a machine image means granting a role that carries
/// <c>compute.machineImages.useReadOnly</c>: <c>roles/compute.admin</c> (Google's documented example) or
/// <c>roles/compute.instanceAdmin.v1</c>. <see cref="MachineImageSharingRoles"/> lists them.</item>
/// <item><c>compute.instances.useReadOnly</c> (what <c>machineImages.insert</c> checks on the source VM) is held by
/// owner, editor, <c>roles/compute.admin</c> and <c>roles/compute.instanceAdmin.v1</c>, the roles that can create
/// machine images; viewers do not hold it.</item>
/// <item>Custom roles (<c>projects/P/roles/X</c>) are accepted by the validator but carry no permissions here.</item>
/// </list>
/// </summary>
public static class IamRoles
{
    public const string Owner = "roles/owner";
    public const string Editor = "roles/editor";
    public const string Viewer = "roles/viewer";
    public const string ComputeAdmin = "roles/compute.admin";
    public const string ComputeInstanceAdminV1 = "roles/compute.instanceAdmin.v1";
    public const string ComputeStorageAdmin = "roles/compute.storageAdmin";
    public const string ComputeImageUser = "roles/compute.imageUser";
    public const string ComputeViewer = "roles/compute.viewer";
    public const string ComputeNetworkUser = "roles/compute.networkUser";
    public const string ServiceAccountUser = "roles/iam.serviceAccountUser";

    // Declared first: the fields below are initialised from it, in textual order.
    private static readonly (string Resource, string[] Verbs)[] Catalog =
    [
        ("compute.machineImages", ["create", "get", "list", "delete", "setLabels", "getIamPolicy", "setIamPolicy", "useReadOnly"]),
        ("compute.images", ["create", "get", "getFromFamily", "list", "delete", "deprecate", "setLabels", "getIamPolicy", "setIamPolicy", "useReadOnly", "update"]),
        ("compute.instances", ["create", "get", "list", "delete", "start", "stop", "reset", "getSerialPortOutput", "setMetadata", "setLabels", "setTags", "setServiceAccount", "setMachineType", "attachDisk", "detachDisk", "use", "useReadOnly", "update", "getIamPolicy", "setIamPolicy"]),
        ("compute.disks", ["create", "get", "list", "delete", "use", "useReadOnly", "createSnapshot", "setLabels", "resize"]),
        ("compute.snapshots", ["create", "get", "list", "delete", "useReadOnly", "setLabels"]),
        ("compute.instanceTemplates", ["create", "get", "list", "delete", "useReadOnly"]),
        ("compute.zoneOperations", ["get", "list", "delete"]),
        ("compute.regionOperations", ["get", "list", "delete"]),
        ("compute.globalOperations", ["get", "list", "delete"]),
        ("compute.zones", ["get", "list"]),
        ("compute.regions", ["get", "list"]),
        ("compute.machineTypes", ["get", "list"]),
        ("compute.networks", ["get", "list", "use"]),
        ("compute.subnetworks", ["get", "list", "use", "useExternalIp"]),
        ("compute.projects", ["get"]),
        ("resourcemanager.projects", ["get", "list", "getIamPolicy", "setIamPolicy"]),
        ("iam.serviceAccounts", ["actAs", "get", "list"]),
    ];

    private static readonly FrozenSet<string> Empty = FrozenSet<string>.Empty;

    private static readonly FrozenDictionary<string, FrozenSet<string>> Roles = BuildRoles();

    /// <summary>Every permission LocalCloud knows (what <c>testIamPermissions</c> may be asked about).</summary>
    public static IReadOnlySet<string> KnownPermissions { get; } = BuildCatalog().ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The predefined roles, in a stable order suitable for a picker.</summary>
    public static IReadOnlyList<string> Predefined { get; } =
    [
        Owner, Editor, Viewer, ComputeAdmin, ComputeInstanceAdminV1, ComputeStorageAdmin, ComputeImageUser,
        ComputeViewer, ComputeNetworkUser, ServiceAccountUser,
    ];

    /// <summary>Roles to offer when sharing an image (what lets another project create disks/VMs from it).</summary>
    public static IReadOnlyList<string> ImageSharingRoles { get; } = [ComputeImageUser];

    /// <summary>Roles to offer when sharing a machine image (those carrying <c>compute.machineImages.useReadOnly</c>).</summary>
    public static IReadOnlyList<string> MachineImageSharingRoles { get; } = [ComputeInstanceAdminV1, ComputeAdmin];

    /// <summary>The permissions of a role; empty for unknown and custom roles.</summary>
    public static IReadOnlySet<string> PermissionsOf(string role) =>
        role is not null && Roles.TryGetValue(role, out var permissions) ? permissions : Empty;

    /// <summary>Whether the role is one of <see cref="Predefined"/>.</summary>
    public static bool IsKnown(string role) => role is not null && Roles.ContainsKey(role);

    private static IEnumerable<string> BuildCatalog() =>
        Catalog.SelectMany(entry => entry.Verbs.Select(verb => entry.Resource + "." + verb));

    private static IEnumerable<string> Of(string resource, params string[] verbs)
    {
        var entry = Catalog.Single(e => e.Resource == resource);
        foreach (var verb in verbs)
        {
            if (!entry.Verbs.Contains(verb))
            {
                throw new InvalidOperationException($"{resource}.{verb} is not in the permission catalog.");
            }

            yield return resource + "." + verb;
        }
    }

    private static IEnumerable<string> AllOf(params string[] resources) =>
        resources.SelectMany(resource => Catalog.Single(e => e.Resource == resource).Verbs.Select(verb => resource + "." + verb));

    private static FrozenDictionary<string, FrozenSet<string>> BuildRoles()
    {
        var all = BuildCatalog().ToArray();
        var readOnly = all.Where(p => p.EndsWith(".get", StringComparison.Ordinal) || p.EndsWith(".list", StringComparison.Ordinal)
                                      || p == "compute.images.getFromFamily")
            .Where(p => !p.StartsWith("iam.", StringComparison.Ordinal))
            .ToArray();
        var operations = AllOf("compute.zoneOperations", "compute.regionOperations", "compute.globalOperations");
        var locations = AllOf("compute.zones", "compute.regions", "compute.machineTypes");
        var projectRead = new[] { "compute.projects.get", "resourcemanager.projects.get", "resourcemanager.projects.list" };

        var roles = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            [Owner] = all,
            [Editor] = all.Where(p => !p.EndsWith(".setIamPolicy", StringComparison.Ordinal)),
            [Viewer] = readOnly.Append("resourcemanager.projects.getIamPolicy"),
            [ComputeViewer] = readOnly.Where(p => p.StartsWith("compute.", StringComparison.Ordinal)).Concat(projectRead),
            [ComputeAdmin] = all.Where(p => p.StartsWith("compute.", StringComparison.Ordinal)).Concat(projectRead),
            [ComputeInstanceAdminV1] = AllOf("compute.instances", "compute.disks", "compute.instanceTemplates", "compute.zones",
                    "compute.regions", "compute.machineTypes")
                .Concat(Of("compute.machineImages", "create", "get", "list", "delete", "setLabels", "useReadOnly"))
                .Concat(Of("compute.images", "get", "getFromFamily", "list", "useReadOnly"))
                .Concat(Of("compute.snapshots", "get", "list", "useReadOnly"))
                .Concat(Of("compute.networks", "get", "list", "use"))
                .Concat(Of("compute.subnetworks", "get", "list", "use", "useExternalIp"))
                .Concat(operations).Concat(projectRead),
            [ComputeStorageAdmin] = AllOf("compute.disks", "compute.images", "compute.snapshots")
                .Concat(operations).Concat(locations).Concat(projectRead),
            [ComputeImageUser] = Of("compute.images", "get", "getFromFamily", "list", "useReadOnly")
                .Append("resourcemanager.projects.get").Append("resourcemanager.projects.list"),
            [ComputeNetworkUser] = Of("compute.networks", "get", "list", "use")
                .Concat(Of("compute.subnetworks", "get", "list", "use", "useExternalIp"))
                .Concat(Of("compute.zones", "get", "list")).Concat(Of("compute.regions", "get", "list"))
                .Append("resourcemanager.projects.get").Append("resourcemanager.projects.list"),
            [ServiceAccountUser] = Of("iam.serviceAccounts", "actAs", "get", "list")
                .Append("resourcemanager.projects.get").Append("resourcemanager.projects.list"),
        };

        return roles.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
