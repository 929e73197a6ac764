using System.Net;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Compute.Tests.Operations;

public sealed class WaitForOperationTests : IDisposable
{
    private const string ZonalSelfLink = "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/operations/op-1";
    private readonly FakeTimeProvider time = new();
    private readonly FakeHttpHandler handler = new();
    private readonly RecordingProgress progress = new();

    public void Dispose() => handler.Dispose();

    private static string Op(string status, string extra = "") =>
        $$"""{"name":"op-1","status":"{{status}}","zone":"https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a","selfLink":"{{ZonalSelfLink}}"{{extra}}}""";

    private static Operation Pending() => new()
    {
        Name = "op-1",
        Status = OperationStatus.Pending,
        Zone = "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a",
        SelfLink = ZonalSelfLink,
    };

    [Fact]
    public async Task WaitForOperation_WaitReturnsRunning_LoopsUntilDone()
    {
        handler.EnqueueJson(Op("RUNNING")).EnqueueJson(Op("RUNNING")).EnqueueJson(Op("DONE", ""","progress":100"""));
        var client = TestClients.Plain(handler, time: time);

        var done = await Wait.AdvanceUntilDoneAsync(time, client.WaitForOperationAsync(Pending(), progress: progress), TimeSpan.FromSeconds(1));

        Assert.Equal(OperationStatus.Done, done.Status);
        Assert.Equal(3, handler.Count);
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal("/compute/v1/projects/acme-prod/zones/us-central1-a/operations/op-1/wait", r.Uri.AbsolutePath);
        });
        Assert.Equal(["PENDING", "RUNNING", "RUNNING", "DONE"], progress.Seen.Select(o => o.Status));
    }

    [Fact]
    public async Task WaitForOperation_DoneWithError_ThrowsWithEveryReason()
    {
        handler.EnqueueJson(Op("DONE", ""","httpErrorStatusCode":403,"httpErrorMessage":"FORBIDDEN","error":{"errors":[{"code":"QUOTA_EXCEEDED","message":"Quota 'CPUS' exceeded."},{"code":"ZONE_RESOURCE_POOL_EXHAUSTED","message":"no capacity"}]}"""));
        var client = TestClients.Plain(handler, time: time);

        var ex = await Assert.ThrowsAsync<ComputeOperationException>(() => client.WaitForOperationAsync(Pending()));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(["QUOTA_EXCEEDED", "ZONE_RESOURCE_POOL_EXHAUSTED"], ex.Reasons);
        Assert.True(ex.IsQuotaExceeded);
        Assert.Equal("op-1", ex.Operation.Name);
    }

    [Fact]
    public async Task WaitForOperation_AlreadyDone_MakesNoCall()
    {
        var client = TestClients.Plain(handler, time: time);
        var op = Pending();
        op.Status = OperationStatus.Done;

        var result = await client.WaitForOperationAsync(op, progress: progress);

        Assert.Same(op, result);
        Assert.Equal(0, handler.Count);
        Assert.Single(progress.Seen);
    }

    [Fact]
    public async Task WaitForOperation_DeadlinePasses_ThrowsTimeoutWithLastState()
    {
        handler.Fallback = _ => FakeHttpHandler.Json(Op("RUNNING", ""","progress":40"""));
        var client = TestClients.Plain(handler, time: time);

        var call = client.WaitForOperationAsync(Pending(), TimeSpan.FromSeconds(5));
        var ex = await Assert.ThrowsAsync<ComputeOperationTimeoutException>(() => Wait.AdvanceUntilDoneAsync(time, call, TimeSpan.FromSeconds(1)));

        Assert.IsAssignableFrom<TimeoutException>(ex);
        Assert.Equal(OperationStatus.Running, ex.Operation.Status);
        Assert.Equal(40, ex.Operation.Progress);
        Assert.InRange(handler.Count, 2, 6);
    }

    [Fact]
    public async Task WaitForOperation_Cancelled_ThrowsOperationCanceled()
    {
        handler.Fallback = _ => FakeHttpHandler.Json(Op("RUNNING"));
        var client = TestClients.Plain(handler, time: time);
        using var cts = new CancellationTokenSource();

        var call = client.WaitForOperationAsync(Pending(), TimeSpan.FromMinutes(10), cancellationToken: cts.Token);
        await Wait.UntilAsync(() => handler.Count >= 1, "first wait call");
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<ComputeOperationTimeoutException>(ex);
    }

    [Fact]
    public async Task WaitForOperation_RegionalAndGlobal_UseTheirScope()
    {
        handler.EnqueueJson("""{"name":"r-op","status":"DONE"}""").EnqueueJson("""{"name":"g-op","status":"DONE"}""");
        var client = TestClients.Plain(handler, time: time);

        await client.WaitForOperationAsync(new Operation
        {
            Name = "r-op",
            Status = OperationStatus.Running,
            Region = "https://www.googleapis.com/compute/v1/projects/p1/regions/europe-west1",
            SelfLink = "https://www.googleapis.com/compute/v1/projects/p1/regions/europe-west1/operations/r-op",
        });
        await client.WaitForOperationAsync(new Operation
        {
            Name = "g-op",
            Status = OperationStatus.Pending,
            SelfLink = "https://www.googleapis.com/compute/v1/projects/p2/global/operations/g-op",
        });

        Assert.Equal("/compute/v1/projects/p1/regions/europe-west1/operations/r-op/wait", handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal("/compute/v1/projects/p2/global/operations/g-op/wait", handler.Requests[1].Uri.AbsolutePath);
    }

    [Fact]
    public async Task WaitForOperation_NoProjectInLinks_ThrowsArgumentException()
    {
        var client = TestClients.Plain(handler, time: time);

        await Assert.ThrowsAsync<ArgumentException>(() => client.WaitForOperationAsync(new Operation { Name = "x", Status = OperationStatus.Running }));
    }

    private sealed class RecordingProgress : IProgress<Operation>
    {
        private readonly List<Operation> seen = [];

        public IReadOnlyList<Operation> Seen
        {
            get
            {
                lock (seen) return [.. seen];
            }
        }

        public void Report(Operation value)
        {
            lock (seen) seen.Add(value);
        }
    }
}
