using System.Collections.Frozen;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// The roles the share wizard offers. Images: <c>roles/compute.imageUser</c>. Machine images have no "user" role of
/// their own: creating a VM from one needs <c>compute.machineImages.useReadOnly</c>, which
/// <c>roles/compute.instanceAdmin.v1</c> and <c>roles/compute.admin</c> carry (Compute's documented sharing roles).
/// </summary>
public static class SharingRoles
{
    public const string ImageUser = "roles/compute.imageUser";
    public const string InstanceAdminV1 = "roles/compute.instanceAdmin.v1";
    public const string ComputeAdmin = "roles/compute.admin";
    public const string ComputeViewer = "roles/compute.viewer";
    public const string StorageAdmin = "roles/compute.storageAdmin";
    public const string Owner = "roles/owner";
    public const string Editor = "roles/editor";
    public const string Viewer = "roles/viewer";

    /// <summary>The role the wizard suggests first for the kind.</summary>
    public static string DefaultFor(ResourceKind kind) => kind == ResourceKind.Image ? ImageUser : InstanceAdminV1;

    /// <summary>The roles listed in the wizard for the kind (sharing roles first, then other roles one may bind).</summary>
    public static IReadOnlyList<string> OfferedFor(ResourceKind kind) => kind == ResourceKind.Image
        ? [ImageUser, StorageAdmin, ComputeAdmin, ComputeViewer, InstanceAdminV1]
        : [InstanceAdminV1, ComputeAdmin, ComputeViewer];

    /// <summary>Roles that let their members create a VM from the resource (the <c>useReadOnly</c> permission).</summary>
    public static bool GrantsUse(ResourceKind kind, string role) => (kind == ResourceKind.Image ? ImageUseRoles : MachineImageUseRoles).Contains(role);

    private static readonly FrozenSet<string> ImageUseRoles =
        new[] { ImageUser, InstanceAdminV1, ComputeAdmin, StorageAdmin, Owner, Editor }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MachineImageUseRoles =
        new[] { InstanceAdminV1, ComputeAdmin, Owner, Editor }.ToFrozenSet(StringComparer.Ordinal);
}
