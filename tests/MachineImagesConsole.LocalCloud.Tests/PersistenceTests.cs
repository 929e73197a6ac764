using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.LocalCloud.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Restart_SameDataDirectory_KeepsResourcesTokensAndFinishesInFlightOperations()
    {
        var dir = Path.Combine(Path.GetTempPath(), "localcloud-tests", Guid.NewGuid().ToString("N"));
        try
        {
            // Same port both times: the issuer (and so the token's "iss") is the origin.
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var settings = new Dictionary<string, string?> { ["LocalCloud:Urls"] = $"http://127.0.0.1:{port}" };
            var first = await LocalCloudServer.StartAsync(SimulationMode.Stepped, dir, settings);
            var token = await first.ClientCredentialsTokenAsync();
            var (_, op) = await first.PostAsync("compute/v1/projects/acme-prod/global/machineImages?sourceInstance=zones/us-central1-a/instances/web-1", token,
                new JsonObject { ["name"] = "survives-restart" });
            var opPath = $"compute/v1/projects/acme-prod/global/operations/{op!["name"]}";
            await first.StopKeepingDataAsync();

            await using var second = await LocalCloudServer.StartAsync(SimulationMode.Stepped, dir, settings);
            var (status, pending) = await second.GetAsync(opPath, token);
            Assert.Equal(200, status);
            Assert.Equal("PENDING", (string?)pending!["status"]);
            Assert.StartsWith(second.BaseAddress.ToString(), (string?)pending["selfLink"]);

            await second.AdvanceAsync(2);
            var (_, done) = await second.GetAsync(opPath, token);
            Assert.Equal("DONE", (string?)done!["status"]);
            var (_, image) = await second.GetAsync("compute/v1/projects/acme-prod/global/machineImages/survives-restart", token);
            Assert.Equal("READY", (string?)image!["status"]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
