using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Tests;

/// <summary><c>Simulation:StockoutZones</c>: the deterministic way to see a long-running operation fail.</summary>
public sealed class StockoutTests
{
    private const string Prod = "compute/v1/projects/acme-prod";

    [Fact]
    public async Task InstancesStart_InStockedOutZone_OperationFailsAndVmStaysTerminated()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped,
            settings: new Dictionary<string, string?> { ["LocalCloud:Simulation:StockoutZones:0"] = "us-central1-c" });
        var token = await server.ClientCredentialsTokenAsync();

        var (status, op) = await server.PostAsync($"{Prod}/zones/us-central1-c/instances/app-server-1/start", token);
        Assert.Equal(200, status);
        Assert.Equal("PENDING", (string?)op!["status"]);
        await server.AdvanceAsync(2);
        var (_, done) = await server.GetAsync($"{Prod}/zones/us-central1-c/operations/{op["name"]}", token);
        var (_, vm) = await server.GetAsync($"{Prod}/zones/us-central1-c/instances/app-server-1", token);

        Assert.Equal("DONE", (string?)done!["status"]);
        Assert.Equal("ZONE_RESOURCE_POOL_EXHAUSTED", (string?)done["error"]!["errors"]![0]!["code"]);
        Assert.Equal(503, (int?)done["httpErrorStatusCode"]);
        Assert.Equal("TERMINATED", (string?)vm!["status"]);
    }

    [Fact]
    public async Task InstancesInsert_OutsideStockedOutZones_Succeeds()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Instant,
            settings: new Dictionary<string, string?> { ["LocalCloud:Simulation:StockoutZones:0"] = "us-central1-f" });
        var token = await server.ClientCredentialsTokenAsync();

        var (status, op) = await server.PostAsync($"{Prod}/zones/us-central1-a/instances?sourceMachineImage=global/machineImages/web-1-nightly", token,
            new System.Text.Json.Nodes.JsonObject { ["name"] = "has-capacity" });

        Assert.Equal(200, status);
        Assert.Equal("DONE", (string?)op!["status"]);
        Assert.Null(op["error"]);
    }

    [Fact]
    public void Create_UnknownStockoutZone_RefusesToStart()
    {
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalCloud:Simulation:StockoutZones:0"] = "mars-north1-a",
            ["LocalCloud:DataDirectory"] = Path.Combine(Path.GetTempPath(), "localcloud-tests", Guid.NewGuid().ToString("N")),
        }).Build();

        var e = Assert.Throws<OptionsValidationException>(() => { LocalCloudApp.Create([], overrides); });

        Assert.Contains("LocalCloud:Simulation:StockoutZones:0", e.Message, StringComparison.Ordinal);
    }
}
