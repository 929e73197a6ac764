using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class SourceInstanceViewTests
{
    [Fact]
    public void From_InstanceProperties_PreferredOverSourceInstanceProperties()
    {
        var view = SourceInstanceView.From(new MachineImage
        {
            InstanceProperties = new InstanceProperties
            {
                MachineType = "n2-standard-8",
                Disks = [new AttachedDisk { Boot = true, DeviceName = "boot", InitializeParams = new AttachedDiskInitializeParams { DiskSizeGb = 50, DiskType = "zones/z/diskTypes/pd-ssd" } }],
                Scheduling = new Scheduling { Preemptible = true, OnHostMaintenance = "TERMINATE" },
                ServiceAccounts = [new ServiceAccount { Email = "sa@x", Scopes = ["https://www.googleapis.com/auth/devstorage.read_only"] }],
            },
            SourceInstanceProperties = new SourceInstanceProperties { MachineType = "e2-small" },
        });

        Assert.Equal("instanceProperties", view.Origin);
        Assert.Equal("n2-standard-8", view.MachineType);
        Assert.Equal(new DiskView("boot", 50, "pd-ssd", true, null), Assert.Single(view.Disks));
        Assert.True(view.Preemptible);
        Assert.Equal("TERMINATE", view.OnHostMaintenance);
        Assert.Equal(["devstorage.read_only"], Assert.Single(view.ServiceAccounts).Scopes);
    }

    [Fact]
    public void From_OnlySourceInstanceProperties_FallsBack()
    {
        var view = SourceInstanceView.From(new MachineImage
        {
            SourceInstanceProperties = new SourceInstanceProperties
            {
                MachineType = "https://x/zones/z/machineTypes/e2-small",
                Metadata = new Metadata { Items = [new MetadataItem { Key = "ssh-keys" }, new MetadataItem { Key = "enable-oslogin" }] },
            },
        });

        Assert.Equal("sourceInstanceProperties", view.Origin);
        Assert.Equal("e2-small", view.MachineType);
        Assert.Equal(["enable-oslogin", "ssh-keys"], view.MetadataKeys);
    }

    [Fact]
    public void From_NoProperties_HasNoOrigin() => Assert.Null(SourceInstanceView.From(new MachineImage()).Origin);

    [Fact]
    public void IamPolicyView_Bindings_GroupedByRoleWithMemberTypes()
    {
        var view = IamPolicyView.From(new Policy
        {
            Bindings =
            [
                new Binding { Role = "roles/viewer", Members = ["user:b@x", "allAuthenticatedUsers"] },
                new Binding { Role = "roles/admin", Members = ["serviceAccount:sa@x"] },
                new Binding { Role = "roles/viewer", Members = ["user:a@x"] },
            ],
        });

        Assert.Equal(["roles/admin", "roles/viewer"], view.Roles.Select(r => r.Role));
        Assert.Equal([new IamMemberView("allAuthenticatedUsers", ""), new IamMemberView("user", "a@x"), new IamMemberView("user", "b@x")], view.Roles[1].Members);
        Assert.Empty(IamPolicyView.From(null).Roles);
    }
}
