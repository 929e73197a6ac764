using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class ImageCommandsTests
{
    [Fact]
    public void For_DiskImage_BuildsGcloudAndRest()
    {
        var command = ImageCommands.For("acme-prod", new Image
        {
            Name = "app-v3",
            Family = "app",
            SourceDisk = "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/disks/app-disk",
            StorageLocations = ["us"],
            Architecture = "X86_64",
        });

        Assert.Equal("gcloud compute images create app-v3 \\\n  --project=acme-prod \\\n  --source-disk=app-disk \\\n  --source-disk-zone=us-central1-a"
            + " \\\n  --family=app \\\n  --storage-location=us \\\n  --architecture=X86_64", command.Gcloud);
        Assert.Equal("https://compute.googleapis.com/compute/v1/projects/acme-prod/global/images", command.RestUrl);
        using var body = System.Text.Json.JsonDocument.Parse(command.RestBody);
        Assert.Equal("projects/acme-prod/zones/us-central1-a/disks/app-disk", body.RootElement.GetProperty("sourceDisk").GetString());
        Assert.Equal("app", body.RootElement.GetProperty("family").GetString());
    }

    [Fact]
    public void For_RawDiskImage_UsesSourceUri()
    {
        var command = ImageCommands.For("p", new Image { Name = "raw", RawDisk = new RawDisk { Source = "https://storage.googleapis.com/b/disk.tar.gz" } });

        Assert.Contains("--source-uri=https://storage.googleapis.com/b/disk.tar.gz", command.Gcloud, StringComparison.Ordinal);
        Assert.Contains("\"rawDisk\"", command.RestBody, StringComparison.Ordinal);
    }
}
