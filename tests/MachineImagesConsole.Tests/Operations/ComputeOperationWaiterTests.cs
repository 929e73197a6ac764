using System.Net;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Operations;

public sealed class ComputeOperationWaiterTests
{
    private static TrackedOperation Tracked(string name) => new()
    {
        Project = "acme-prod", Scope = OperationScopes.Global, OperationName = name, Status = "RUNNING", StartedBy = "operator@example.com",
    };

    private static ServiceAccountPollingCredentials ServiceAccount()
        => new ServiceAccountPollingCredentials(new ServiceCollection()
            .AddKeyedSingleton<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount, new DelegateAccessTokenProvider(_ => ValueTask.FromResult("sa-token")))
            .BuildServiceProvider());

    private sealed class ListProgress : IProgress<OperationSnapshot>
    {
        public List<OperationSnapshot> Items { get; } = [];

        public void Report(OperationSnapshot value) => Items.Add(value);
    }

    [Fact]
    public async Task WaitAsync_RunningThenDone_CallsGlobalWaitWithServiceAccountAndReportsProgress()
    {
        var calls = 0;
        using var handler = new FakeComputeHandler(request => Task.FromResult(FakeComputeHandler.Json(HttpStatusCode.OK,
            FakeComputeHandler.OperationJson("operation-9", ++calls == 1 ? "RUNNING" : "DONE"))));
        var waiter = new ComputeOperationWaiter(new FakeComputeClientFactory(handler), ServiceAccount());
        var progress = new ListProgress();

        var done = await waiter.WaitAsync(Tracked("operation-9"), progress, new OperationWatch(), default);

        Assert.True(done.IsDone);
        Assert.Empty(done.ErrorReasons);
        Assert.Equal(["RUNNING", "DONE"], progress.Items.Select(p => p.Status));
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal("/compute/v1/projects/acme-prod/global/operations/operation-9/wait", r.RequestUri!.AbsolutePath);
            Assert.Equal("sa-token", r.Headers.Authorization?.Parameter);
        });
    }

    [Fact]
    public async Task WaitAsync_DoneWithError_ReturnsSnapshotWithErrorCodes()
    {
        using var handler = new FakeComputeHandler(_ => Task.FromResult(FakeComputeHandler.Json(HttpStatusCode.OK,
            FakeComputeHandler.OperationJson("operation-10", "DONE", error: "QUOTA_EXCEEDED"))));
        var waiter = new ComputeOperationWaiter(new FakeComputeClientFactory(handler), ServiceAccount());

        var done = await waiter.WaitAsync(Tracked("operation-10"), new ListProgress(), new OperationWatch(), default);

        Assert.True(done.IsDone);
        Assert.Equal(["QUOTA_EXCEEDED"], done.ErrorReasons);
        Assert.Equal("It failed.", done.ErrorMessage);
    }

    [Fact]
    public async Task ServiceAccountPollingCredentials_NotRegistered_ExplainsWhat()
    {
        var credentials = new ServiceAccountPollingCredentials(new ServiceCollection().BuildServiceProvider());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => credentials.ForAsync(Tracked("op"), default));

        Assert.Contains(ComputeIdentityKeys.ServiceAccount, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitAsync_ZonalTrackedOperation_WaitsInItsZoneByName()
    {
        // No Operation object is rebuilt to wait on: project, scope and name go straight into the zonal wait URL.
        using var handler = new FakeComputeHandler(_ => Task.FromResult(FakeComputeHandler.Json(HttpStatusCode.OK,
            FakeComputeHandler.OperationJson("op-z", "DONE").Replace("\"selfLink\"", "\"zone\":\"https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a\",\"selfLink\"", StringComparison.Ordinal))));
        var waiter = new ComputeOperationWaiter(new FakeComputeClientFactory(handler), ServiceAccount());
        var tracked = Tracked("op-z");
        tracked.Scope = OperationScopes.Zone("us-central1-a");

        var done = await waiter.WaitAsync(tracked, new ListProgress(), new OperationWatch(), default);

        Assert.Equal("/compute/v1/projects/acme-prod/zones/us-central1-a/operations/op-z/wait", Assert.Single(handler.Requests).RequestUri!.AbsolutePath);
        Assert.Equal("zones/us-central1-a", done.Scope);
    }
}
