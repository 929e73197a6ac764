using MachineImagesConsole.LocalCloud.Iam;

namespace MachineImagesConsole.LocalCloud.Tests.Iam;

public sealed class IamRolesTests
{
    public static TheoryData<string, string, bool> RoleTable => new()
    {
        // imageUser can use images but not change them
        { IamRoles.ComputeImageUser, "compute.images.useReadOnly", true },
        { IamRoles.ComputeImageUser, "compute.images.get", true },
        { IamRoles.ComputeImageUser, "compute.images.getFromFamily", true },
        { IamRoles.ComputeImageUser, "compute.images.list", true },
        { IamRoles.ComputeImageUser, "compute.images.delete", false },
        { IamRoles.ComputeImageUser, "compute.images.create", false },
        { IamRoles.ComputeImageUser, "compute.images.setIamPolicy", false },
        { IamRoles.ComputeImageUser, "compute.machineImages.useReadOnly", false },
        { IamRoles.ComputeImageUser, "compute.instances.create", false },

        // viewers read, never write, never read resource IAM policies
        { IamRoles.Viewer, "compute.machineImages.list", true },
        { IamRoles.Viewer, "compute.images.get", true },
        { IamRoles.Viewer, "compute.zoneOperations.get", true },
        { IamRoles.Viewer, "resourcemanager.projects.get", true },
        { IamRoles.Viewer, "resourcemanager.projects.getIamPolicy", true },
        { IamRoles.Viewer, "compute.machineImages.create", false },
        { IamRoles.Viewer, "compute.images.useReadOnly", false },
        { IamRoles.Viewer, "compute.images.getIamPolicy", false },
        { IamRoles.Viewer, "compute.instances.start", false },
        { IamRoles.Viewer, "compute.zoneOperations.delete", false },
        { IamRoles.ComputeViewer, "compute.instances.list", true },
        { IamRoles.ComputeViewer, "compute.projects.get", true },
        { IamRoles.ComputeViewer, "compute.instances.create", false },
        { IamRoles.ComputeViewer, "compute.machineImages.getIamPolicy", false },
        { IamRoles.ComputeViewer, "resourcemanager.projects.getIamPolicy", false },

        // editor: everything but setting IAM policies
        { IamRoles.Editor, "compute.machineImages.create", true },
        { IamRoles.Editor, "compute.images.deprecate", true },
        { IamRoles.Editor, "iam.serviceAccounts.actAs", true },
        { IamRoles.Editor, "compute.images.getIamPolicy", true },
        { IamRoles.Editor, "compute.images.setIamPolicy", false },
        { IamRoles.Editor, "compute.machineImages.setIamPolicy", false },
        { IamRoles.Editor, "resourcemanager.projects.setIamPolicy", false },

        // compute admin and instance admin carry machine image use (the sharing roles)
        { IamRoles.ComputeAdmin, "compute.machineImages.useReadOnly", true },
        { IamRoles.ComputeAdmin, "compute.machineImages.setIamPolicy", true },
        { IamRoles.ComputeAdmin, "resourcemanager.projects.setIamPolicy", false },
        { IamRoles.ComputeAdmin, "iam.serviceAccounts.actAs", false },
        { IamRoles.ComputeInstanceAdminV1, "compute.machineImages.useReadOnly", true },
        { IamRoles.ComputeInstanceAdminV1, "compute.instances.create", true },
        { IamRoles.ComputeInstanceAdminV1, "compute.subnetworks.use", true },
        { IamRoles.ComputeInstanceAdminV1, "compute.machineImages.setIamPolicy", false },
        { IamRoles.ComputeInstanceAdminV1, "compute.images.delete", false },

        // storage admin, network user, service account user
        { IamRoles.ComputeStorageAdmin, "compute.images.create", true },
        { IamRoles.ComputeStorageAdmin, "compute.disks.createSnapshot", true },
        { IamRoles.ComputeStorageAdmin, "compute.instances.create", false },
        { IamRoles.ComputeNetworkUser, "compute.subnetworks.useExternalIp", true },
        { IamRoles.ComputeNetworkUser, "compute.networks.use", true },
        { IamRoles.ComputeNetworkUser, "compute.instances.create", false },
        { IamRoles.ServiceAccountUser, "iam.serviceAccounts.actAs", true },
        { IamRoles.ServiceAccountUser, "compute.instances.create", false },

        // the roles that can create machine images may read the source instance; viewers and storage admins may not
        { IamRoles.Owner, "compute.instances.useReadOnly", true },
        { IamRoles.Editor, "compute.instances.useReadOnly", true },
        { IamRoles.ComputeAdmin, "compute.instances.useReadOnly", true },
        { IamRoles.ComputeInstanceAdminV1, "compute.instances.useReadOnly", true },
        { IamRoles.Viewer, "compute.instances.useReadOnly", false },
        { IamRoles.ComputeViewer, "compute.instances.useReadOnly", false },
        { IamRoles.ComputeStorageAdmin, "compute.instances.useReadOnly", false },
        { IamRoles.ComputeImageUser, "compute.instances.useReadOnly", false },

        // unknown and custom roles carry nothing
        { "roles/compute.machineImageUser", "compute.machineImages.useReadOnly", false },
        { "projects/acme-prod/roles/imageReader", "compute.images.get", false },
    };

    [Theory]
    [MemberData(nameof(RoleTable))]
    public void PermissionsOf_RoleTable_GrantsExpected(string role, string permission, bool expected)
    {
        Assert.Equal(expected, IamRoles.PermissionsOf(role).Contains(permission));
    }

    [Fact]
    public void PermissionsOf_Owner_HoldsEveryKnownPermission()
    {
        var owner = IamRoles.PermissionsOf(IamRoles.Owner);

        Assert.Superset(new HashSet<string>(IamRoles.KnownPermissions), new HashSet<string>(owner));
        Assert.Equal(IamRoles.KnownPermissions.Count, owner.Count);
        Assert.Contains("resourcemanager.projects.setIamPolicy", owner);
    }

    [Fact]
    public void PermissionsOf_EveryPredefinedRole_IsSubsetOfOwner()
    {
        var owner = IamRoles.PermissionsOf(IamRoles.Owner);
        foreach (var role in IamRoles.Predefined)
        {
            var permissions = IamRoles.PermissionsOf(role);
            Assert.NotEmpty(permissions);
            Assert.True(permissions.IsSubsetOf(owner), role);
        }
    }

    [Fact]
    public void KnownPermissions_IncludeEveryPermissionTheBriefNames()
    {
        string[] expected =
        [
            "compute.machineImages.create", "compute.machineImages.get", "compute.machineImages.list", "compute.machineImages.delete",
            "compute.machineImages.setLabels", "compute.machineImages.getIamPolicy", "compute.machineImages.setIamPolicy", "compute.machineImages.useReadOnly",
            "compute.images.create", "compute.images.get", "compute.images.getFromFamily", "compute.images.list", "compute.images.delete",
            "compute.images.deprecate", "compute.images.setLabels", "compute.images.getIamPolicy", "compute.images.setIamPolicy",
            "compute.images.useReadOnly", "compute.images.update",
            "compute.instances.create", "compute.instances.get", "compute.instances.list", "compute.instances.delete", "compute.instances.start",
            "compute.instances.stop", "compute.instances.getSerialPortOutput", "compute.instances.setMetadata", "compute.instances.setLabels",
            "compute.instances.setTags", "compute.instances.setServiceAccount",
            "compute.disks.create", "compute.disks.get", "compute.disks.list", "compute.disks.use", "compute.disks.useReadOnly", "compute.disks.createSnapshot",
            "compute.snapshots.get", "compute.snapshots.list", "compute.snapshots.useReadOnly",
            "compute.instanceTemplates.create", "compute.instanceTemplates.get", "compute.instanceTemplates.list", "compute.instanceTemplates.useReadOnly",
            "compute.zoneOperations.get", "compute.zoneOperations.list", "compute.zoneOperations.delete",
            "compute.regionOperations.get", "compute.globalOperations.list", "compute.globalOperations.delete",
            "compute.zones.get", "compute.regions.list", "compute.machineTypes.get", "compute.networks.list", "compute.subnetworks.get",
            "compute.subnetworks.use", "compute.subnetworks.useExternalIp", "compute.networks.use", "compute.projects.get", "resourcemanager.projects.get",
        ];

        Assert.All(expected, permission => Assert.Contains(permission, IamRoles.KnownPermissions));
    }

    [Fact]
    public void IsKnown_PredefinedAndOthers_Distinguished()
    {
        Assert.All(IamRoles.Predefined, role => Assert.True(IamRoles.IsKnown(role)));
        Assert.Equal(10, IamRoles.Predefined.Count);
        Assert.False(IamRoles.IsKnown("roles/compute.machineImageUser"));
        Assert.False(IamRoles.IsKnown("projects/acme-prod/roles/custom"));
        Assert.False(IamRoles.IsKnown("ROLES/OWNER"));
    }

    [Fact]
    public void SharingRoles_CarryTheUsePermission()
    {
        Assert.All(IamRoles.MachineImageSharingRoles,
            role => Assert.Contains("compute.machineImages.useReadOnly", IamRoles.PermissionsOf(role)));
        Assert.All(IamRoles.ImageSharingRoles,
            role => Assert.Contains("compute.images.useReadOnly", IamRoles.PermissionsOf(role)));
    }
}
