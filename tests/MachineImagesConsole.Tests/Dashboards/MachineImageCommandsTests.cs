using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class MachineImageCommandsTests
{
    private static MachineImage Image() => new()
    {
        Name = "web-nightly",
        Description = "Nightly 'web' image",
        SourceInstance = "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/web-1",
        StorageLocations = ["us-central1"],
        Labels = new() { ["team"] = "web", ["env"] = "prod" },
    };

    [Fact]
    public void For_MachineImage_BuildsGcloudWithEveryFlag()
    {
        var command = MachineImageCommands.For("acme-prod", Image());

        Assert.Equal(
            "gcloud compute machine-images create web-nightly \\\n  --project=acme-prod \\\n  --source-instance=web-1 \\\n  --source-instance-zone=us-central1-a"
            + " \\\n  --storage-location=us-central1 \\\n  --description='Nightly '\\''web'\\'' image' \\\n  --labels=env=prod,team=web",
            command.Gcloud);
    }

    [Fact]
    public void For_MachineImage_BuildsRestPostWithPartialSourceUrl()
    {
        var command = MachineImageCommands.For("acme-prod", Image());

        Assert.Equal("POST", command.RestMethod);
        Assert.Equal("https://compute.googleapis.com/compute/v1/projects/acme-prod/global/machineImages", command.RestUrl);
        using var body = System.Text.Json.JsonDocument.Parse(command.RestBody);
        Assert.Equal("web-nightly", body.RootElement.GetProperty("name").GetString());
        Assert.Equal("projects/acme-prod/zones/us-central1-a/instances/web-1", body.RootElement.GetProperty("sourceInstance").GetString());
        Assert.Equal("us-central1", body.RootElement.GetProperty("storageLocations")[0].GetString());
        Assert.Equal("prod", body.RootElement.GetProperty("labels").GetProperty("env").GetString());
    }

    [Fact]
    public void For_MinimalImage_OmitsOptionalFlags()
    {
        var command = MachineImageCommands.For("p", new MachineImage { Name = "m", GuestFlush = true });

        Assert.Equal("gcloud compute machine-images create m \\\n  --project=p \\\n  --guest-flush", command.Gcloud);
        Assert.DoesNotContain("labels", command.RestBody, StringComparison.Ordinal);
        Assert.Contains("\"guestFlush\": true", command.RestBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web-1", "web-1")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$(rm -rf /)", "'$(rm -rf /)'")]
    [InlineData("", "''")]
    public void Quote_Values_AreShellSafe(string value, string expected) => Assert.Equal(expected, ShellQuote.Quote(value));
}
