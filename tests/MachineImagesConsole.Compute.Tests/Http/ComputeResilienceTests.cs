using System.Net;
using System.Net.Http.Headers;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Compute.Tests.Http;

/// <summary>The retry rules of <see cref="ComputeResilience"/>'s pipeline, through a client over a fake handler and a fake clock.</summary>
public sealed class ComputeResilienceTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);
    private const string OperationJson = """{"name":"op-1","status":"PENDING"}""";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly FakeHttpHandler handler;

    public ComputeResilienceTests() => handler = new FakeHttpHandler { Clock = time };

    public void Dispose() => handler.Dispose();

    private TimeSpan[] Gaps() => handler.Requests.Zip(handler.Requests.Skip(1), (a, b) => b.At - a.At).ToArray();

    [Fact]
    public async Task Get_503Then429_IsRetriedUntilSuccess()
    {
        handler.EnqueueStatus(HttpStatusCode.ServiceUnavailable).EnqueueStatus(HttpStatusCode.TooManyRequests).EnqueueJson("""{"name":"img"}""");
        var client = TestClients.WithRetries(handler, time);

        var image = await Wait.AdvanceUntilDoneAsync(time, client.Images.GetAsync("p", "img"), Step);

        Assert.Equal("img", image.Name);
        Assert.Equal(3, handler.Count);
    }

    [Fact]
    public async Task Get_PersistentFailure_BackoffDoublesThenGivesUp()
    {
        handler.Fallback = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("busy") };
        var client = TestClients.WithRetries(handler, time, TestClients.Options(maxAttempts: 4));

        var call = client.Zones.GetAsync("p", "z");
        var ex = await Assert.ThrowsAsync<ComputeApiException>(() => Wait.AdvanceUntilDoneAsync(time, call, Step));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(4, handler.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800)], Gaps());
    }

    [Fact]
    public void BackoffCeiling_GrowsExponentially_AndIsCapped()
    {
        var options = new ComputeClientOptions { InitialBackoff = TimeSpan.FromMilliseconds(200), MaxBackoff = TimeSpan.FromSeconds(1) };

        Assert.Equal(TimeSpan.FromMilliseconds(200), ComputeResilience.BackoffCeiling(options, 1));
        Assert.Equal(TimeSpan.FromMilliseconds(400), ComputeResilience.BackoffCeiling(options, 2));
        Assert.Equal(TimeSpan.FromMilliseconds(800), ComputeResilience.BackoffCeiling(options, 3));
        Assert.Equal(TimeSpan.FromSeconds(1), ComputeResilience.BackoffCeiling(options, 4));
        Assert.Equal(TimeSpan.FromSeconds(1), ComputeResilience.BackoffCeiling(options, 60));
    }

    [Fact]
    public async Task PostWithRequestId_IsRetried_WithTheSameRequestIdAndBody()
    {
        handler.EnqueueStatus(HttpStatusCode.BadGateway).EnqueueThrow(new HttpRequestException("connection reset")).EnqueueJson(OperationJson);
        var client = TestClients.WithRetries(handler, time);

        var op = await Wait.AdvanceUntilDoneAsync(time, client.MachineImages.InsertAsync("p", new MachineImage { Name = "mi" }, "zones/z/instances/vm"), Step);

        Assert.Equal("op-1", op.Name);
        Assert.Equal(3, handler.Count);
        var ids = handler.Requests.Select(r => r.Query("requestId")).Distinct().ToList();
        Assert.Single(ids);
        Assert.True(Guid.TryParse(ids[0], out _));
        Assert.Single(handler.Requests.Select(r => r.Body).Distinct());
        Assert.Equal("""{"name":"mi"}""", handler.Requests[2].Body);
    }

    [Fact]
    public async Task PostWithoutRequestId_IsNotRetried()
    {
        handler.EnqueueStatus(HttpStatusCode.ServiceUnavailable).EnqueueJson(OperationJson);
        var client = TestClients.WithRetries(handler, time);

        var ex = await Assert.ThrowsAsync<ComputeApiException>(() => client.Images.SetLabelsAsync("p", "img", new GlobalSetLabelsRequest { LabelFingerprint = "abc=" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task PostWithoutRequestId_TransportError_IsNotRetried()
    {
        handler.EnqueueThrow(new HttpRequestException("reset")).EnqueueJson(OperationJson);
        var client = TestClients.WithRetries(handler, time);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GlobalOperations.WaitAsync("p", "op-1"));

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task NonTransientStatus_IsNotRetried()
    {
        handler.Enqueue(_ => FakeHttpHandler.GoogleError(HttpStatusCode.NotFound, "notFound")).EnqueueJson("""{"name":"x"}""");
        var client = TestClients.WithRetries(handler, time);

        var ex = await Assert.ThrowsAsync<ComputeApiException>(() => client.Images.GetAsync("p", "x"));

        Assert.True(ex.IsNotFound);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task CallerCancellation_DuringBackoff_IsNotRetried()
    {
        handler.EnqueueStatus(HttpStatusCode.ServiceUnavailable).EnqueueJson("""{"name":"x"}""");
        var client = TestClients.WithRetries(handler, time);
        using var cts = new CancellationTokenSource();

        var call = client.Images.GetAsync("p", "x", cts.Token);
        await Wait.UntilAsync(() => handler.Count == 1, "first attempt");
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task CallerCancellation_DuringAttempt_IsNotRetried()
    {
        handler.EnqueueHang().EnqueueJson("""{"name":"x"}""");
        var client = TestClients.WithRetries(handler, time);
        using var cts = new CancellationTokenSource();

        var call = client.Images.GetAsync("p", "x", cts.Token);
        await Wait.UntilAsync(() => handler.Count == 1, "first attempt");
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task AttemptTimeout_OnGet_IsRetried()
    {
        handler.EnqueueHang().EnqueueJson("""{"name":"x"}""");
        var options = TestClients.Options();
        options.AttemptTimeout = TimeSpan.FromSeconds(2);
        var client = TestClients.WithRetries(handler, time, options);

        var image = await Wait.AdvanceUntilDoneAsync(time, client.Images.GetAsync("p", "x"), TimeSpan.FromMilliseconds(100));

        Assert.Equal("x", image.Name);
        Assert.Equal(2, handler.Count);
        Assert.True(Gaps()[0] >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task AttemptTimeout_OnEveryAttempt_EndsInATimeoutException()
    {
        handler.EnqueueHang().EnqueueHang();
        var options = TestClients.Options(maxAttempts: 2);
        options.AttemptTimeout = TimeSpan.FromSeconds(2);
        var client = TestClients.WithRetries(handler, time, options);

        var call = client.Images.GetAsync("p", "x");

        // An attempt that never answered is ambiguous: callers (the mutation journal) rely on TimeoutException for that.
        await Assert.ThrowsAsync<TimeoutException>(() => Wait.AdvanceUntilDoneAsync(time, call, TimeSpan.FromMilliseconds(100)));
        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task RetryAfter_LongerThanJitter_IsHonoured()
    {
        handler.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent(string.Empty) };
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
            return response;
        }).EnqueueJson("""{"name":"x"}""");
        var client = TestClients.WithRetries(handler, time);

        await Wait.AdvanceUntilDoneAsync(time, client.Images.GetAsync("p", "x"), Step);

        Assert.Equal([TimeSpan.FromSeconds(3)], Gaps());
    }

    [Theory]
    [InlineData("GET", "https://h/x", true)]
    [InlineData("POST", "https://h/x?requestId=1", true)]
    [InlineData("DELETE", "https://h/x?a=b&requestId=1", true)]
    [InlineData("POST", "https://h/x", false)]
    [InlineData("POST", "https://h/x?notrequestId=1", false)]
    public void IsRetryable_OnlyGetsAndRequestsWithRequestId(string method, string url, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        Assert.Equal(expected, ComputeResilience.IsRetryable(request));
    }
}
