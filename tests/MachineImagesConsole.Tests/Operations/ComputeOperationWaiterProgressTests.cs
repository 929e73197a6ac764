using System.Net;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Operations;

public sealed class ComputeOperationWaiterProgressTests
{
    private sealed class ListProgress : IProgress<OperationSnapshot>
    {
        private readonly List<OperationSnapshot> _items = [];

        public IReadOnlyList<OperationSnapshot> Items
        {
            get { lock (_items) return [.. _items]; }
        }

        public void Report(OperationSnapshot value)
        {
            lock (_items) _items.Add(value);
        }
    }

    private static string Json(string status, int progress)
        => System.Text.RegularExpressions.Regex.Replace(FakeComputeHandler.OperationJson("operation-7", status), "\"progress\":[0-9]+", $"\"progress\":{progress}");

    [Fact]
    public async Task WaitAsync_WaitBlocksUntilDone_ReadsProgressWithGetMeanwhileAndNeverBackwards()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gets = 0;
        using var handler = new FakeComputeHandler(async request =>
        {
            if (request.Method == HttpMethod.Post)
            {
                await release.Task.WaitAsync(TimeSpan.FromSeconds(30));
                return FakeComputeHandler.Json(HttpStatusCode.OK, Json("DONE", 100));
            }
            // get: RUNNING 30, then a stale PENDING 0 (out of order), then RUNNING 60 and the wait returns.
            var n = Interlocked.Increment(ref gets);
            var body = n switch { 1 => Json("RUNNING", 30), 2 => Json("PENDING", 0), _ => Json("RUNNING", 60) };
            if (n >= 3) release.TrySetResult();
            return FakeComputeHandler.Json(HttpStatusCode.OK, body);
        });
        var services = new ServiceCollection()
            .AddKeyedSingleton<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount, new DelegateAccessTokenProvider(_ => ValueTask.FromResult("sa-token")))
            .BuildServiceProvider();
        var waiter = new ComputeOperationWaiter(
            new FakeComputeClientFactory(handler),
            new ServiceAccountPollingCredentials(services),
            Options.Create(new OperationTrackingOptions { ProgressPollInterval = TimeSpan.FromMilliseconds(20) }),
            TimeProvider.System);
        var progress = new ListProgress();

        var done = await waiter.WaitAsync(
            new TrackedOperation { Project = "acme-prod", Scope = OperationScopes.Global, OperationName = "operation-7", Status = "PENDING", StartedBy = "operator@example.com" },
            progress,
            new OperationWatch(watched: true),
            default).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(done.IsDone);
        Assert.Equal(100, done.Progress);
        var seen = progress.Items.Select(p => (p.Status, p.Progress)).ToList();
        Assert.Equal(("RUNNING", 30), seen[0]);
        Assert.DoesNotContain(("PENDING", 0), seen);
        Assert.Contains(("RUNNING", 60), seen);
        Assert.Equal(("DONE", 100), seen[^1]);
        Assert.Contains(handler.Requests, r => r.Method == HttpMethod.Get && r.RequestUri!.AbsolutePath == "/compute/v1/projects/acme-prod/global/operations/operation-7");
    }
}
