using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Restore;

namespace MachineImagesConsole.Tests.Restore;

public sealed class RestorePlannerTests
{
    private static MachineImage Image() => new()
    {
        Name = "web-nightly",
        SourceInstance = "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/web-1",
        InstanceProperties = new InstanceProperties
        {
            MachineType = "e2-standard-4",
            NetworkInterfaces = [new NetworkInterface
            {
                Network = "https://www.googleapis.com/compute/v1/projects/acme-prod/global/networks/default",
                Subnetwork = "https://www.googleapis.com/compute/v1/projects/acme-prod/regions/us-central1/subnetworks/default",
                AccessConfigs = [new AccessConfig { Type = "ONE_TO_ONE_NAT" }],
            }],
            Tags = new Tags { Items = ["http-server"] },
            Labels = new() { ["env"] = "prod" },
            Metadata = new Metadata { Items = [new MetadataItem { Key = "enable-oslogin", Value = "TRUE" }, new MetadataItem { Key = "old", Value = "1" }] },
            ServiceAccounts = [new ServiceAccount { Email = "web@acme-prod.iam.gserviceaccount.com", Scopes = ["https://www.googleapis.com/auth/cloud-platform"] }],
            Scheduling = new Scheduling { ProvisioningModel = "STANDARD", Preemptible = false },
        },
    };

    [Fact]
    public void BuildBody_NothingChanged_SendsOnlyTheName()
    {
        var image = Image();
        var request = RestorePlanner.FromMachineImage("acme-prod", image);

        var body = RestorePlanner.BuildBody(image, request);

        Assert.Equal("web-nightly-restore", body.Name);
        Assert.Null(body.MachineType);
        Assert.Null(body.NetworkInterfaces);
        Assert.Null(body.Metadata);
        Assert.Null(body.Tags);
        Assert.Null(body.Labels);
        Assert.Null(body.ServiceAccounts);
        Assert.Null(body.Scheduling);
        Assert.Null(body.DeletionProtection);
        Assert.Empty(RestorePlanner.Diff(image, request));
    }

    [Fact]
    public void BuildBody_MetadataAddedReplacedRemoved_SendsTheWholeMergedList()
    {
        var image = Image();
        var request = RestorePlanner.FromMachineImage("acme-prod", image);
        request.Metadata.RemoveAll(m => m.Key == "old");
        request.Metadata.Single(m => m.Key == "enable-oslogin").Value = "FALSE";
        request.Metadata.Add(new MetadataEntry { Key = "team", Value = "web" });
        request.StartupScript = "echo hi";

        var body = RestorePlanner.BuildBody(image, request);

        var items = body.Metadata!.Items!.ToDictionary(i => i.Key!, i => i.Value);
        Assert.Equal(new Dictionary<string, string?> { ["enable-oslogin"] = "FALSE", ["team"] = "web", ["startup-script"] = "echo hi" }, items);
        var change = Assert.Single(RestorePlanner.Diff(image, request));
        Assert.Equal("metadata", change.Field);
        Assert.Contains("+team", change.Requested, StringComparison.Ordinal);
        Assert.Contains("~enable-oslogin", change.Requested, StringComparison.Ordinal);
        Assert.Contains("-old", change.Requested, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildBody_NoExternalIpSpotAndProtection_OverridesThoseFields()
    {
        var image = Image();
        var request = RestorePlanner.FromMachineImage("acme-prod", image);
        request.ExternalIp = false;
        request.Provisioning = ProvisioningChoice.Spot;
        request.DeletionProtection = true;

        var body = RestorePlanner.BuildBody(image, request);

        var nic = Assert.Single(body.NetworkInterfaces!);
        Assert.Empty(nic.AccessConfigs!);
        Assert.Equal("projects/acme-prod/regions/us-central1/subnetworks/default", nic.Subnetwork);
        Assert.Equal("SPOT", body.Scheduling!.ProvisioningModel);
        Assert.True(body.DeletionProtection);
        Assert.Equal(["networkInterfaces", "scheduling", "deletionProtection"], RestorePlanner.Diff(image, request).Select(c => c.Field));
    }

    [Fact]
    public void BuildBody_OtherZone_SendsZoneScopedMachineTypeEvenWhenTheSame()
    {
        var image = Image();
        image.InstanceProperties!.MachineType = "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/machineTypes/e2-standard-4";
        var request = RestorePlanner.FromMachineImage("acme-prod", image);
        request.Zone = "us-central1-b";

        Assert.Equal("zones/us-central1-b/machineTypes/e2-standard-4", RestorePlanner.BuildBody(image, request).MachineType);
    }

    [Fact]
    public void Equivalent_Overrides_GcloudFlagsAndRestUrl()
    {
        var image = Image();
        var request = RestorePlanner.FromMachineImage("acme-prod", image);
        request.MachineType = "n2-standard-2";
        request.ExternalIp = false;

        var command = RestorePlanner.Equivalent(image, request);

        Assert.Contains("--machine-type=n2-standard-2", command.Gcloud, StringComparison.Ordinal);
        Assert.Contains("--no-address", command.Gcloud, StringComparison.Ordinal);
        Assert.Contains("--source-machine-image=projects/acme-prod/global/machineImages/web-nightly", command.Gcloud, StringComparison.Ordinal);
        Assert.EndsWith("/instances?sourceMachineImage=projects%2Facme-prod%2Fglobal%2FmachineImages%2Fweb-nightly", command.RestUrl, StringComparison.Ordinal);
        Assert.Contains("\"machineType\": \"zones/us-central1-a/machineTypes/n2-standard-2\"", command.RestBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n2", 1, 1024, false)]
    [InlineData("n1", 1, 1024, true)]
    [InlineData("n2", 2, 1024, true)]
    [InlineData("n2", 2, 768, false)]
    [InlineData("n2", 4, 32768, true)]
    [InlineData("n2", 4, 33024, false)]
    [InlineData("n1", 4, 3584, false)]
    [InlineData("e2", 96, 98304, true)]
    [InlineData("e2", 97, 98304, false)]
    public void CustomMachineType_Rules_AsDocumented(string family, int vcpus, int memoryMb, bool valid)
    {
        var ok = CustomMachineType.ValidateVcpus(family, vcpus) is null && CustomMachineType.ValidateMemory(family, vcpus, memoryMb) is null;

        Assert.Equal(valid, ok);
    }

    [Fact]
    public void CustomMachineType_Name_FamilyPrefixAndExtended()
    {
        Assert.Equal("n2-custom-4-8192", CustomMachineType.Name("n2", 4, 8192));
        Assert.Equal("custom-1-1024", CustomMachineType.Name("n1", 1, 1024));
        Assert.Equal("e2-custom-2-20480-ext", CustomMachineType.Name("e2", 2, 20480, extendedMemory: true));
    }

    [Fact]
    public void SuggestName_LongImageName_StaysWithin63()
    {
        var name = RestorePlanner.SuggestName(new string('a', 63));

        Assert.Equal(63, name.Length);
        Assert.EndsWith("-restore", name, StringComparison.Ordinal);
    }
}
