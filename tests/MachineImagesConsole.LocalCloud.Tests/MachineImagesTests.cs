using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Store;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.LocalCloud.Tests;

public sealed class MachineImagesTests
{
    private const string Prod = "compute/v1/projects/acme-prod";

    [Fact]
    public async Task Insert_SteppedMode_GoesCreatingThenReadyWithOperationPendingRunningDone()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped);
        var token = await server.ClientCredentialsTokenAsync();
        var (status, op) = await server.PostAsync($"{Prod}/global/machineImages?sourceInstance=projects/acme-prod/zones/us-central1-a/instances/db-primary", token,
            new JsonObject { ["name"] = "db-primary-mi", ["description"] = "before upgrade" });
        Assert.Equal(200, status);
        Assert.Equal("PENDING", (string?)op!["status"]);
        Assert.Equal("insert", (string?)op["operationType"]);
        Assert.Equal("console-automation@localcloud.iam.gserviceaccount.com", (string?)op["user"]);
        var opPath = $"{Prod}/global/operations/{op["name"]}";
        var (_, image) = await server.GetAsync($"{Prod}/global/machineImages/db-primary-mi", token);
        Assert.Equal("CREATING", (string?)image!["status"]);
        Assert.Equal("500", image["sourceInstanceProperties"]!["disks"]!.AsArray().Sum(d => long.Parse((string)d!["diskSizeGb"]!, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture));

        await server.AdvanceAsync();
        var (_, running) = await server.GetAsync(opPath, token);
        Assert.Equal("RUNNING", (string?)running!["status"]);
        Assert.NotNull(running["startTime"]);

        await server.AdvanceAsync();
        var (_, done) = await server.PostAsync(opPath + "/wait", token);
        Assert.Equal("DONE", (string?)done!["status"]);
        Assert.Equal(100, (int?)done["progress"]);
        Assert.NotNull(done["endTime"]);
        Assert.Equal((string?)image["id"], (string?)done["targetId"]);
        var (_, ready) = await server.GetAsync($"{Prod}/global/machineImages/db-primary-mi", token);
        Assert.Equal("READY", (string?)ready!["status"]);
    }

    [Fact]
    public async Task Insert_TimedModeWithFakeClock_FinishesWhenEnoughTimePasses()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Timed, configureServices: s => s.AddSingleton<TimeProvider>(clock));
        var token = await server.ClientCredentialsTokenAsync();
        var (_, op) = await server.PostAsync($"{Prod}/global/machineImages?sourceInstance=zones/us-central1-a/instances/db-primary", token, new JsonObject { ["name"] = "timed-mi" });
        var opPath = $"{Prod}/global/operations/{op!["name"]}";

        clock.Advance(TimeSpan.FromSeconds(5));
        await WaitForAsync(server, token, opPath, o => (string?)o["status"] == "RUNNING", () => clock.Advance(TimeSpan.FromMilliseconds(250)));
        var (_, stillCreating) = await server.GetAsync($"{Prod}/global/machineImages/timed-mi", token);
        Assert.Equal("CREATING", (string?)stillCreating!["status"]);

        clock.Advance(TimeSpan.FromSeconds(30));
        await WaitForAsync(server, token, opPath, o => (string?)o["status"] == "DONE", () => clock.Advance(TimeSpan.FromMilliseconds(250)));
        var (_, ready) = await server.GetAsync($"{Prod}/global/machineImages/timed-mi", token);
        Assert.Equal("READY", (string?)ready!["status"]);
    }

    [Fact]
    public async Task Insert_PerSourceInstanceRate_SeventhWithinTheHourIsRateLimited()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Instant);
        var token = await server.ClientCredentialsTokenAsync();
        for (var i = 1; i <= 6; i++)
        {
            var (ok, body) = await server.PostAsync($"{Prod}/global/machineImages?sourceInstance=zones/us-central1-b/instances/web-2", token, new JsonObject { ["name"] = $"web-2-burst-{i}" });
            Assert.True(ok == 200, body?.ToJsonString());
        }
        var before = await StoreCounts.SnapshotAsync(server);
        var (status, error) = await server.PostAsync($"{Prod}/global/machineImages?sourceInstance=zones/us-central1-b/instances/web-2", token, new JsonObject { ["name"] = "web-2-burst-7" });
        Assert.Equal(403, status);
        Assert.Equal("rateLimitExceeded", (string?)error!["error"]!["errors"]![0]!["reason"]);
        Assert.Equal(before, await StoreCounts.SnapshotAsync(server));
    }

    [Fact]
    public async Task Insert_TwentyOneConcurrentCreationsInARegion_TheLastIsQuotaExceeded()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped);
        var token = await server.ClientCredentialsTokenAsync();
        var inserts = Enumerable.Range(1, 20).Select(i => server.PostAsync($"{Prod}/global/images", token,
            new JsonObject { ["name"] = $"burst-{i}", ["rawDisk"] = new JsonObject { ["source"] = $"gs://acme-builds/burst-{i}.tar.gz" }, ["storageLocations"] = new JsonArray("us-central1") }));
        var results = await Task.WhenAll(inserts);
        Assert.All(results, r => Assert.Equal(200, r.Status));

        var (status, error) = await server.PostAsync($"{Prod}/global/machineImages?sourceInstance=zones/us-central1-a/instances/web-1", token, new JsonObject { ["name"] = "one-too-many" });
        Assert.Equal(403, status);
        Assert.Equal("quotaExceeded", (string?)error!["error"]!["errors"]![0]!["reason"]);

        await server.AdvanceAsync(2);
        var (after, _) = await server.PostAsync($"{Prod}/global/machineImages?sourceInstance=zones/us-central1-a/instances/web-1", token, new JsonObject { ["name"] = "one-too-many" });
        Assert.Equal(200, after);
    }

    [Fact]
    public async Task Insert_ProjectAtOneThousandMachineImages_IsQuotaExceeded()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Instant, settings: new Dictionary<string, string?> { ["LocalCloud:SeedDemoWorld"] = "true" });
        var token = await server.ClientCredentialsTokenAsync();
        var (_, listed) = await server.GetAsync($"{Prod}/global/machineImages", token);
        var existing = listed!["items"]!.AsArray().Count;
        await using (var db = await server.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<LocalCloudDbContext>>().CreateDbContextAsync())
        {
            for (var i = existing; i < 1000; i++)
                ResourceStore.Add(db, "acme-prod", "global", "machineImages", $"filler-{i}", 1_000_000_000_000_000_000 + i, DateTimeOffset.UtcNow, new JsonObject { ["name"] = $"filler-{i}", ["status"] = "READY" });
            await db.SaveChangesAsync();
        }
        var (status, error) = await server.PostAsync($"{Prod}/global/machineImages?sourceInstance=zones/us-central1-a/instances/web-1", token, new JsonObject { ["name"] = "number-1001" });
        Assert.Equal(403, status);
        Assert.Equal("quotaExceeded", (string?)error!["error"]!["errors"]![0]!["reason"]);
        Assert.Contains("1000", (string?)error["error"]!["message"]);
    }

    [Fact]
    public async Task Delete_WhileAnInstanceIsBeingCreatedFromIt_IsResourceInUse()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped);
        var token = await server.ClientCredentialsTokenAsync();
        var (s, op) = await server.PostAsync($"{Prod}/zones/us-central1-a/instances?sourceMachineImage=global/machineImages/web-1-nightly", token,
            new JsonObject { ["name"] = "restored-web", ["machineType"] = "zones/us-central1-a/machineTypes/custom-4-8192" });
        Assert.True(s == 200, op?.ToJsonString());
        var (status, error) = await server.SendAsync(HttpMethod.Delete, $"{Prod}/global/machineImages/web-1-nightly", token);
        Assert.Equal(400, status);
        Assert.Equal("resourceInUseByAnotherResource", (string?)error!["error"]!["errors"]![0]!["reason"]);

        await server.AdvanceAsync();
        var (_, staging) = await server.GetAsync($"{Prod}/zones/us-central1-a/instances/restored-web", token);
        Assert.Equal("STAGING", (string?)staging!["status"]);
        await server.AdvanceAsync();
        var (_, vm) = await server.GetAsync($"{Prod}/zones/us-central1-a/instances/restored-web", token);
        Assert.Equal("RUNNING", (string?)vm!["status"]);
        Assert.EndsWith("/machineTypes/custom-4-8192", (string?)vm["machineType"]);
        Assert.EndsWith("/global/machineImages/web-1-nightly", (string?)vm["sourceMachineImage"]);
        var (_, serial) = await server.GetAsync($"{Prod}/zones/us-central1-a/instances/restored-web/serialPort", token);
        Assert.Contains("LocalCloud: boot complete", (string?)serial!["contents"]);

        var (deleted, _) = await server.SendAsync(HttpMethod.Delete, $"{Prod}/global/machineImages/web-1-nightly", token);
        Assert.Equal(200, deleted);
    }

    internal static async Task WaitForAsync(LocalCloudServer server, string token, string path, Func<JsonObject, bool> condition, Action? eachPoll = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var (_, body) = await server.GetAsync(path, token);
            if (body is not null && condition(body)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Condition not met for {path}: {body?.ToJsonString()}");
            eachPoll?.Invoke();
            await Task.Delay(50);
        }
    }
}
