using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.LocalCloud.Tests;

public sealed class InstancesTests
{
    private const string Zone = "compute/v1/projects/acme-prod/zones/us-central1-a";

    [Fact]
    public async Task StopThenStart_SteppedMode_WalksTheStatuses()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped);
        var token = await server.ClientCredentialsTokenAsync();
        var (_, stop) = await server.PostAsync($"{Zone}/instances/web-1/stop", token);
        Assert.EndsWith("/zones/us-central1-a", (string?)stop!["zone"]);
        Assert.Equal("STOPPING", await StatusAsync(server, token));
        await server.AdvanceAsync(2);
        Assert.Equal("TERMINATED", await StatusAsync(server, token));

        await server.PostAsync($"{Zone}/instances/web-1/start", token);
        Assert.Equal("PROVISIONING", await StatusAsync(server, token));
        await server.AdvanceAsync();
        Assert.Equal("STAGING", await StatusAsync(server, token));
        await server.AdvanceAsync();
        Assert.Equal("RUNNING", await StatusAsync(server, token));
    }

    [Fact]
    public async Task SerialPort_StartAndNext_ResumeWhereTheLastReadEnded()
    {
        await using var server = await LocalCloudServer.StartAsync();
        var token = await server.ClientCredentialsTokenAsync();
        var (_, all) = await server.GetAsync($"{Zone}/instances/web-1/serialPort", token);
        var next = (string)all!["next"]!;
        Assert.Contains("LocalCloud: boot complete", (string?)all["contents"]);
        var (_, tail) = await server.GetAsync($"{Zone}/instances/web-1/serialPort?start=-10", token);
        Assert.Equal(10, ((string)tail!["contents"]!).Length);
        await server.PostAsync($"{Zone}/instances/web-1/stop", token);
        var (_, more) = await server.GetAsync($"{Zone}/instances/web-1/serialPort?start={next}", token);
        Assert.Equal(next, (string?)more!["start"]);
        Assert.Contains("shutting down", (string?)more["contents"]);
    }

    [Fact]
    public async Task Insert_FromPublicImageFamily_CreatesRunningVmWithBootDisk()
    {
        await using var server = await LocalCloudServer.StartAsync();
        var token = await server.PersonTokenAsync("operator@example.com");
        var (status, op) = await server.PostAsync($"{Zone}/instances", token, new JsonObject
        {
            ["name"] = "fresh-vm",
            ["machineType"] = "e2-medium",
            ["labels"] = new JsonObject { ["env"] = "test" },
            ["disks"] = new JsonArray(new JsonObject { ["boot"] = true, ["autoDelete"] = true, ["initializeParams"] = new JsonObject { ["sourceImage"] = "projects/debian-cloud/global/images/family/debian-12", ["diskSizeGb"] = "30" } }),
            ["networkInterfaces"] = new JsonArray(new JsonObject { ["network"] = "global/networks/default", ["accessConfigs"] = new JsonArray(new JsonObject { ["type"] = "ONE_TO_ONE_NAT" }) }),
            ["someFutureField"] = new JsonObject { ["ignored"] = true },
        });
        Assert.True(status == 200, op?.ToJsonString());
        Assert.Equal("operator@example.com", (string?)op!["user"]);
        var (_, disk) = await server.GetAsync($"{Zone}/disks/fresh-vm", token);
        Assert.Equal("30", (string?)disk!["sizeGb"]);
        Assert.Equal("READY", (string?)disk["status"]);

        var (_, aggregated) = await server.GetAsync("compute/v1/projects/acme-prod/aggregated/instances", token);
        Assert.Contains(aggregated!["items"]!["zones/us-central1-a"]!["instances"]!.AsArray(), i => (string?)i!["name"] == "fresh-vm");
        Assert.Equal("NO_RESULTS_ON_PAGE", (string?)aggregated["items"]!["zones/asia-east1-b"]!["warning"]!["code"]);
    }

    [Theory]
    [InlineData("custom-3-4096")]
    [InlineData("custom-2-100000")]
    [InlineData("n9-mega-1")]
    public async Task Insert_InvalidMachineType_Returns400(string machineType)
    {
        await using var server = await LocalCloudServer.StartAsync();
        var token = await server.ClientCredentialsTokenAsync();
        var before = await StoreCounts.SnapshotAsync(server);
        var (status, _) = await server.PostAsync($"{Zone}/instances", token, new JsonObject
        {
            ["name"] = "bad-shape",
            ["machineType"] = $"zones/us-central1-a/machineTypes/{machineType}",
            ["disks"] = new JsonArray(new JsonObject { ["boot"] = true, ["initializeParams"] = new JsonObject { ["sourceImage"] = "projects/debian-cloud/global/images/family/debian-12" } }),
        });
        Assert.Equal(400, status);
        Assert.Equal(before, await StoreCounts.SnapshotAsync(server));
    }

    [Fact]
    public async Task Insert_AttachingADiskInUse_IsResourceInUse()
    {
        await using var server = await LocalCloudServer.StartAsync();
        var token = await server.ClientCredentialsTokenAsync();
        var (status, body) = await server.PostAsync($"{Zone}/instances", token, new JsonObject
        {
            ["name"] = "thief",
            ["machineType"] = "e2-medium",
            ["disks"] = new JsonArray(new JsonObject { ["boot"] = true, ["source"] = "zones/us-central1-a/disks/web-1" }),
        });
        Assert.Equal(400, status);
        Assert.Equal("resourceInUseByAnotherResource", (string?)body!["error"]!["errors"]![0]!["reason"]);
    }

    private static async Task<string?> StatusAsync(LocalCloudServer server, string token)
    {
        var (_, vm) = await server.GetAsync($"{Zone}/instances/web-1", token);
        return (string?)vm!["status"];
    }
}
