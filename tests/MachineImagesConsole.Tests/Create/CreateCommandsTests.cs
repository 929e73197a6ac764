using System.Text.Json;
using MachineImagesConsole.Model.Create;

namespace MachineImagesConsole.Tests.Create;

public sealed class CreateCommandsTests
{
    private static CreateMachineImageViewModel MachineImage(string status = "RUNNING")
    {
        var model = new CreateMachineImageViewModel
        {
            Project = "acme-prod",
            Source = new SourceInstanceInfo("acme-prod", "us-central1-a", "db-primary", status, [new("db-primary", 100, true), new("db-primary-data-1", 400, false)]),
            Name = "db-primary-manual",
            Description = "Before the upgrade",
            StorageLocation = "us-central1",
            GuestFlush = true,
            Encryption = EncryptionChoice.CloudKms,
            KmsKeyName = "projects/acme-prod/locations/us-central1/keyRings/r/cryptoKeys/k",
        };
        model.Labels.Add(new LabelEntry { Key = "team", Value = "data" });
        model.Labels.Add(new LabelEntry { Key = "env", Value = "prod" });
        return model;
    }

    [Fact]
    public void ForMachineImage_AllOptions_GcloudHasEveryFlag()
    {
        var gcloud = CreateCommands.ForMachineImage(MachineImage()).Gcloud;

        Assert.StartsWith("gcloud compute machine-images create db-primary-manual", gcloud, StringComparison.Ordinal);
        Assert.Contains("--project=acme-prod", gcloud, StringComparison.Ordinal);
        Assert.Contains("--source-instance=db-primary", gcloud, StringComparison.Ordinal);
        Assert.Contains("--source-instance-zone=us-central1-a", gcloud, StringComparison.Ordinal);
        Assert.Contains("--description='Before the upgrade'", gcloud, StringComparison.Ordinal);
        Assert.Contains("--labels=env=prod,team=data", gcloud, StringComparison.Ordinal);
        Assert.Contains("--storage-location=us-central1", gcloud, StringComparison.Ordinal);
        Assert.Contains("--guest-flush", gcloud, StringComparison.Ordinal);
        Assert.Contains("--kms-key=projects/acme-prod/locations/us-central1/keyRings/r/cryptoKeys/k", gcloud, StringComparison.Ordinal);
    }

    [Fact]
    public void ForMachineImage_AllOptions_RestBodyMatchesRequest()
    {
        var command = CreateCommands.ForMachineImage(MachineImage());

        Assert.Equal("POST", command.RestMethod);
        Assert.Equal("https://compute.googleapis.com/compute/v1/projects/acme-prod/global/machineImages?sourceInstance=projects%2Facme-prod%2Fzones%2Fus-central1-a%2Finstances%2Fdb-primary", command.RestUrl);
        using var body = JsonDocument.Parse(command.RestBody);
        var root = body.RootElement;
        Assert.Equal("db-primary-manual", root.GetProperty("name").GetString());
        Assert.Equal("projects/acme-prod/zones/us-central1-a/instances/db-primary", root.GetProperty("sourceInstance").GetString());
        Assert.Equal("us-central1", root.GetProperty("storageLocations")[0].GetString());
        Assert.True(root.GetProperty("guestFlush").GetBoolean());
        Assert.Equal("prod", root.GetProperty("labels").GetProperty("env").GetString());
        Assert.StartsWith("projects/acme-prod/locations", root.GetProperty("machineImageEncryptionKey").GetProperty("kmsKeyName").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ForMachineImage_StoppedVm_GuestFlushIsNotSent()
    {
        var model = MachineImage(status: "TERMINATED");

        Assert.DoesNotContain("--guest-flush", CreateCommands.ForMachineImage(model).Gcloud, StringComparison.Ordinal);
        Assert.Null(model.ToMachineImage().GuestFlush);
    }

    [Fact]
    public void ForImage_DiskAttachedToRunningVmWithForce_AddsForceFlagAndQuery()
    {
        var model = new CreateImageViewModel
        {
            Project = "acme-prod", SourceKind = ImageSourceKind.Disk, DiskZone = "us-central1-a", DiskName = "web-1",
            AttachedToRunningInstance = "web-1", Force = true, Name = "web-golden-2", Family = "web-golden",
        };

        var command = CreateCommands.ForImage(model);

        Assert.Contains("gcloud compute images create web-golden-2", command.Gcloud, StringComparison.Ordinal);
        Assert.Contains("--source-disk=web-1", command.Gcloud, StringComparison.Ordinal);
        Assert.Contains("--source-disk-zone=us-central1-a", command.Gcloud, StringComparison.Ordinal);
        Assert.Contains("--family=web-golden", command.Gcloud, StringComparison.Ordinal);
        Assert.Contains("--force", command.Gcloud, StringComparison.Ordinal);
        Assert.EndsWith("?forceCreate=true", command.RestUrl, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(command.RestBody);
        Assert.Equal("projects/acme-prod/zones/us-central1-a/disks/web-1", body.RootElement.GetProperty("sourceDisk").GetString());
    }

    [Fact]
    public void ForImage_CloudStorage_UsesSourceUriAndRawDisk()
    {
        var model = new CreateImageViewModel { Project = "acme-prod", SourceKind = ImageSourceKind.CloudStorage, GcsUri = "gs://imports/disk.tar.gz", Name = "imported" };

        var command = CreateCommands.ForImage(model);

        Assert.Contains("--source-uri=gs://imports/disk.tar.gz", command.Gcloud, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(command.RestBody);
        Assert.Equal("https://storage.googleapis.com/imports/disk.tar.gz", body.RootElement.GetProperty("rawDisk").GetProperty("source").GetString());
    }

    [Fact]
    public void ForImage_ImageFromPublicProject_UsesSourceImageProject()
    {
        var model = new CreateImageViewModel { Project = "acme-prod", SourceKind = ImageSourceKind.Image, SourceImageProject = "debian-cloud", SourceImageName = "debian-12-bookworm-v20240515", Name = "debian-copy" };

        var command = CreateCommands.ForImage(model);

        Assert.Contains("--source-image-project=debian-cloud", command.Gcloud, StringComparison.Ordinal);
        Assert.Contains("\"sourceImage\": \"projects/debian-cloud/global/images/debian-12-bookworm-v20240515\"", command.RestBody, StringComparison.Ordinal);
    }
}
