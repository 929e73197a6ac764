using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Restore;
using MachineImagesConsole.Tests.Pipeline;

namespace MachineImagesConsole.Tests.Restore;

/// <summary>Restores a seeded machine image through the pipeline into a real LocalCloud and reads the new VM back.</summary>
public sealed class RestoreIntegrationTests : IAsyncLifetime
{
    private RestoreWorld _world = null!;

    public async Task InitializeAsync() => _world = await RestoreWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Restore_MachineTypeSubnetAndStartupScriptOverridden_VmHasOverridesAndEverythingElseFromImage()
    {
        // A fresh machine image of web-1, so the stored properties carry metadata, tags and a service account.
        var insert = await _world.Client.MachineImages.InsertAsync("acme-prod", new Compute.Models.MachineImage { Name = "web-1-fresh" }, "zones/us-central1-a/instances/web-1");
        await _world.Client.WaitForOperationAsync(insert, TimeSpan.FromSeconds(30));
        var image = await _world.Client.MachineImages.GetAsync("acme-prod", "web-1-fresh");
        var stored = image.InstanceProperties!;
        Assert.NotEmpty(stored.Metadata!.Items!);
        Assert.NotEmpty(stored.Tags!.Items!);
        var request = RestorePlanner.FromMachineImage("acme-prod", image);
        var (network, subnet) = request.Network == "default" ? ("prod-vpc", "prod-us-central1") : ("default", "default");
        Assert.NotEqual(subnet, request.Subnetwork);
        request.Name = "web-1-restored";
        request.Zone = "us-central1-a";
        request.UseCustomMachineType = true;
        request.CustomFamily = "n2";
        request.CustomVcpus = 4;
        request.CustomMemoryMb = 8192;
        request.Network = network;
        request.Subnetwork = subnet;
        request.StartupScript = "#!/bin/bash\necho restored > /tmp/restored";
        Assert.Empty(RestoreValidator.Validate(request));
        var checks = await RestorePreflight.RunAsync(_world.Client, request, default);
        Assert.All(checks, c => Assert.True(c.Passed, c.Message));

        var (pipeline, _) = _world.Pipelines.For(TestUsers.Operator);
        var result = await pipeline.ExecuteAsync(RestoreCommands.Restore(image, request), default);
        Assert.True(result.Succeeded, result.ErrorMessage);
        Assert.False((await _world.Tracker.WhenDoneAsync("acme-prod", result.OperationName!, default).WaitAsync(TimeSpan.FromSeconds(30))).Failed);
        var (running, status) = await InstanceWaits.WaitRunningAsync(_world.Client, "acme-prod", "us-central1-a", "web-1-restored",
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50), TimeProvider.System, default);
        Assert.True(running, status);

        var vm = await _world.Client.Instances.GetAsync("acme-prod", "us-central1-a", "web-1-restored");
        // The overrides.
        Assert.EndsWith("/zones/us-central1-a/machineTypes/n2-custom-4-8192", vm.MachineType, StringComparison.Ordinal);
        var nic = Assert.Single(vm.NetworkInterfaces!);
        Assert.EndsWith("/projects/acme-prod/regions/us-central1/subnetworks/" + subnet, nic.Subnetwork, StringComparison.Ordinal);
        Assert.EndsWith("/networks/" + network, nic.Network, StringComparison.Ordinal);
        Assert.Equal("#!/bin/bash\necho restored > /tmp/restored", vm.Metadata!.Items!.Single(i => i.Key == "startup-script").Value);
        // Everything else from the image.
        foreach (var item in stored.Metadata!.Items!) Assert.Contains(vm.Metadata.Items!, i => i.Key == item.Key && i.Value == item.Value);
        Assert.Equal(stored.Labels, vm.Labels);
        Assert.Equal(stored.Tags!.Items, vm.Tags!.Items);
        Assert.Equal(stored.ServiceAccounts!.Single().Email, vm.ServiceAccounts!.Single().Email);
        Assert.Equal(stored.ServiceAccounts!.Single().Scopes, vm.ServiceAccounts!.Single().Scopes);
        Assert.Equal(stored.Scheduling!.ProvisioningModel, vm.Scheduling!.ProvisioningModel);
        Assert.Equal(stored.Disks!.Count, vm.Disks!.Count);
        Assert.Equal(stored.Description, vm.Description);
        Assert.EndsWith("/global/machineImages/web-1-fresh", vm.SourceMachineImage, StringComparison.Ordinal);
        Assert.Equal("RUNNING", vm.Status);
    }

    [Fact]
    public async Task Preflight_NameTakenAndSubnetOfAnotherRegion_Fails()
    {
        var image = await _world.Client.MachineImages.GetAsync("acme-prod", "web-1-nightly");
        var request = RestorePlanner.FromMachineImage("acme-prod", image);
        request.Name = "web-1"; // the source VM still exists
        request.Zone = "us-central1-a";
        request.Subnetwork = "prod-europe-west1";

        var checks = await RestorePreflight.RunAsync(_world.Client, request, default);

        Assert.False(checks.Single(c => c.Name == RestorePreflight.NameCollision).Passed);
        Assert.False(checks.Single(c => c.Name == RestorePreflight.SubnetRegion).Passed);
        Assert.True(checks.Single(c => c.Name == RestorePreflight.Quota).Passed);
    }

    [Fact]
    public async Task Restore_AsViewer_RefusedAndNothingCreated()
    {
        var image = await _world.Client.MachineImages.GetAsync("acme-prod", "web-1-nightly");
        var request = RestorePlanner.FromMachineImage("acme-prod", image);
        request.Name = "viewer-restore";
        var (pipeline, _) = _world.Pipelines.For(TestUsers.Viewer);

        await Assert.ThrowsAsync<ConsoleForbiddenException>(() => pipeline.ExecuteAsync(RestoreCommands.Restore(image, request), default));

        var error = await Assert.ThrowsAsync<Compute.Errors.ComputeApiException>(() => _world.Client.Instances.GetAsync("acme-prod", request.Zone, "viewer-restore"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
    }
}
