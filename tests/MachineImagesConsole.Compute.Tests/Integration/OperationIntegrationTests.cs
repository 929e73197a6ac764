using System.Net;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.Compute.Tests.Integration;

/// <summary>Long-running operations against LocalCloud: requestId replay, waiting until DONE, a failed operation, restores.</summary>
public sealed class OperationIntegrationTests
{
    private const string Prod = "acme-prod";
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ImagesInsert_SameRequestIdTwice_ReturnsTheFirstOperationAndCreatesOneImage()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Instant);
        using var local = LocalCloudClient.ForAutomation(server);
        var requestId = Guid.NewGuid();
        var image = new Image { Name = "replayed-image", SourceDisk = "projects/acme-prod/zones/us-central1-a/disks/web-1", Labels = new() { ["try"] = "first" } };

        var first = await local.Client.Images.InsertAsync(Prod, image, forceCreate: true, requestId: requestId);
        image.Labels["try"] = "second";
        var second = await local.Client.Images.InsertAsync(Prod, image, forceCreate: true, requestId: requestId);

        Assert.Equal(first.Name, second.Name);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(requestId.ToString(), second.ClientOperationId);
        var matching = await local.Client.Images.ListPageAsync(Prod, new ListOptions { Filter = "name = replayed-image" });
        var stored = Assert.Single(matching.Items);
        Assert.Equal("first", stored.Labels!["try"]);
        Assert.All(local.Requests.QueriesOf(HttpMethod.Post, "/global/images"), q => Assert.Contains("requestId=" + requestId, q, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitForOperationAsync_SteppedMachineImageInsert_ReportsPendingThenDoneAndImageIsReady()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped);
        using var local = LocalCloudClient.ForAutomation(server);
        var started = await local.Client.MachineImages.InsertAsync(Prod, new MachineImage { Name = "stepped-mi" }, "projects/acme-prod/zones/us-central1-b/instances/web-2");
        Assert.Equal(OperationStatus.Pending, started.Status);
        var creating = await local.Client.MachineImages.GetAsync(Prod, "stepped-mi");
        Assert.Equal("CREATING", creating.Status);

        var seen = new List<string?>();
        var waiting = local.Client.WaitForOperationAsync(started, WaitLimit, new SynchronousProgress(op => { lock (seen) seen.Add(op.Status); }));
        Assert.False(waiting.IsCompleted); // nothing moves a Stepped operation but the control endpoint
        await server.AdvanceAsync();
        await server.AdvanceAsync();
        var done = await waiting;

        Assert.Equal(OperationStatus.Done, done.Status);
        Assert.Equal(100, done.Progress);
        Assert.Null(done.Error);
        Assert.NotNull(done.EndTime);
        Assert.EndsWith("/global/machineImages/stepped-mi", done.TargetLink, StringComparison.Ordinal);
        lock (seen)
        {
            Assert.Equal(OperationStatus.Pending, seen[0]);
            Assert.Equal(OperationStatus.Done, seen[^1]);
        }
        Assert.True(local.Requests.Count(HttpMethod.Post, "/operations/" + started.Name + "/wait") >= 1);
        var ready = await local.Client.MachineImages.GetAsync(Prod, "stepped-mi");
        Assert.Equal("READY", ready.Status);
    }

    [Fact]
    public async Task WaitForOperationAsync_InstanceInsertInAStockedOutZone_ThrowsOperationExceptionWithReason()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped,
            settings: new Dictionary<string, string?> { ["LocalCloud:Simulation:StockoutZones:0"] = "us-central1-f" });
        using var local = LocalCloudClient.ForAutomation(server);
        var started = await local.Client.Instances.InsertAsync(Prod, "us-central1-f",
            new Instance { Name = "no-capacity-vm", MachineType = "zones/us-central1-f/machineTypes/e2-standard-2" },
            sourceMachineImage: "projects/acme-prod/global/machineImages/web-1-nightly");
        Assert.Equal(OperationStatus.Pending, started.Status);
        Assert.EndsWith("/zones/us-central1-f", started.Zone, StringComparison.Ordinal);

        var waiting = local.Client.WaitForOperationAsync(started, WaitLimit);
        await server.AdvanceAsync(2);
        var error = await Assert.ThrowsAsync<ComputeOperationException>(() => waiting);

        Assert.Equal(OperationStatus.Done, error.Operation.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.True(error.HasReason("ZONE_RESOURCE_POOL_EXHAUSTED"));
        Assert.Equal(["ZONE_RESOURCE_POOL_EXHAUSTED"], error.Reasons);
        Assert.Contains("us-central1-f", error.Message, StringComparison.Ordinal);
        var gone = await Assert.ThrowsAsync<ComputeApiException>(() => local.Client.Instances.GetAsync(Prod, "us-central1-f", "no-capacity-vm"));
        Assert.True(gone.IsNotFound);
        var disks = await local.Client.Disks.ListPageAsync(Prod, "us-central1-f", new ListOptions { Filter = "name = no-capacity-vm" });
        Assert.Empty(disks.Items);
    }

    [Fact]
    public async Task InstancesInsert_FromMachineImageWithOverrides_RestoresWithTheOverriddenFields()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Instant);
        using var local = LocalCloudClient.ForAutomation(server);
        var machineImage = await local.Client.MachineImages.GetAsync(Prod, "web-1-nightly");
        Assert.NotEqual("e2-standard-2", machineImage.InstanceProperties!.MachineType);
        const string script = "#!/bin/bash\necho restored > /var/tmp/restored";

        var started = await local.Client.Instances.InsertAsync(Prod, "us-central1-a",
            new Instance
            {
                Name = "web-1-restored",
                MachineType = "zones/us-central1-a/machineTypes/e2-standard-2",
                Labels = new() { ["restored-from"] = "web-1-nightly", ["env"] = "test" },
                Metadata = new Metadata { Items = [new MetadataItem { Key = "startup-script", Value = script }] },
            },
            sourceMachineImage: "projects/acme-prod/global/machineImages/web-1-nightly");
        var done = await local.Client.WaitForOperationAsync(started, WaitLimit);
        var instance = await local.Client.Instances.GetAsync(Prod, "us-central1-a", "web-1-restored");

        Assert.Equal("insert", done.OperationType);
        Assert.Equal("RUNNING", instance.Status);
        Assert.EndsWith("/zones/us-central1-a/machineTypes/e2-standard-2", instance.MachineType, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["restored-from"] = "web-1-nightly", ["env"] = "test" }, instance.Labels);
        var item = Assert.Single(instance.Metadata!.Items!, i => i.Key == "startup-script");
        Assert.Equal(script, item.Value);
        Assert.EndsWith("/global/machineImages/web-1-nightly", instance.SourceMachineImage, StringComparison.Ordinal);
        Assert.Equal(machineImage.InstanceProperties.Disks!.Count, instance.Disks!.Count);
        Assert.Contains(instance.Disks, d => d.Boot == true);
        var serial = await local.Client.Instances.GetSerialPortOutputAsync(Prod, "us-central1-a", "web-1-restored");
        Assert.Contains("boot complete", serial.Contents, StringComparison.Ordinal);
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool, so its order is not guaranteed).</summary>
    private sealed class SynchronousProgress(Action<Operation> report) : IProgress<Operation>
    {
        public void Report(Operation value) => report(value);
    }
}
