using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Compute.Tests.Http;

public sealed class ComputeTelemetryTests : IDisposable
{
    private readonly FakeHttpHandler handler = new();
    private readonly List<Activity> spans = [];
    private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> measurements = [];
    private readonly ActivityListener listener;
    private readonly MeterListener meters = new();
    private readonly string marker = "telemetry-" + Guid.NewGuid().ToString("N")[..8];

    public ComputeTelemetryTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == ComputeTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);
        meters.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == ComputeTelemetry.SourceName) l.EnableMeasurementEvents(instrument); };
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var bag = new Dictionary<string, object?>();
            foreach (var tag in tags) bag[tag.Key] = tag.Value;
            lock (measurements) measurements.Add((instrument.Name, value, bag));
        });
        meters.Start();
    }

    public void Dispose()
    {
        listener.Dispose();
        meters.Dispose();
        handler.Dispose();
    }

    [Fact]
    public async Task Insert_RetriedOnce_IsOneSpanWithMethodRequestIdAndTwoAttempts()
    {
        handler.EnqueueStatus(HttpStatusCode.ServiceUnavailable).EnqueueJson("""{"name":"op-1","status":"PENDING"}""");
        var options = TestClients.Options(maxAttempts: 3);
        options.InitialBackoff = TimeSpan.FromMilliseconds(1);
        options.MaxBackoff = TimeSpan.FromMilliseconds(2);
        using var http = ComputeClient.CreateHttpClient(options, handler);
        var client = new ComputeClient(http, new DelegateAccessTokenProvider(_ => ValueTask.FromResult(TestClients.Token)), options);
        var requestId = Guid.NewGuid();

        await client.MachineImages.InsertAsync("p", new MachineImage { Name = marker, SourceInstance = "projects/p/zones/z/instances/vm" }, requestId: requestId);

        var span = Assert.Single(Spans(), s => (string?)s.GetTagItem(ComputeTelemetry.RequestIdTag) == requestId.ToString("D"));
        Assert.Equal("compute.machineImages.insert", span.DisplayName);
        Assert.Equal("compute.machineImages.insert", span.GetTagItem(ComputeTelemetry.MethodTag));
        Assert.Equal(2, span.GetTagItem(ComputeTelemetry.AttemptsTag));
        Assert.Equal("200", span.GetTagItem(ComputeTelemetry.StatusTag));
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(2, handler.Count);
        Assert.All(handler.Requests, r => Assert.Equal(requestId.ToString("D"), r.Query("requestId")));
        Assert.Contains(Measurements(), m => m.Instrument == "console.compute.retries" && m.Value == 1
            && (string?)m.Tags[ComputeTelemetry.MethodTag] == "compute.machineImages.insert" && (string?)m.Tags[ComputeTelemetry.StatusTag] == "200");
        Assert.Contains(Measurements(), m => m.Instrument == "console.compute.calls" && (string?)m.Tags[ComputeTelemetry.MethodTag] == "compute.machineImages.insert");
    }

    [Fact]
    public async Task Insert_RetriedOnce_ThroughAddComputeClient_CountsEachAttempt()
    {
        handler.EnqueueStatus(HttpStatusCode.ServiceUnavailable).EnqueueJson("""{"name":"op-1","status":"PENDING"}""");
        var services = new ServiceCollection();
        services.AddComputeClient(o =>
        {
            o.BaseUrl = new Uri("https://compute.test/compute/v1/");
            o.InitialBackoff = TimeSpan.FromMilliseconds(1);
            o.MaxBackoff = TimeSpan.FromMilliseconds(2);
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IComputeClientFactory>().Create(new DelegateAccessTokenProvider(_ => ValueTask.FromResult(TestClients.Token)));
        var requestId = Guid.NewGuid();

        await client.MachineImages.InsertAsync("p", new MachineImage { Name = marker, SourceInstance = "projects/p/zones/z/instances/vm" }, requestId: requestId);

        // The attempt counter sits inside the registered resilience pipeline: it saw both attempts of the one call.
        var span = Assert.Single(Spans(), s => (string?)s.GetTagItem(ComputeTelemetry.RequestIdTag) == requestId.ToString("D"));
        Assert.Equal(2, span.GetTagItem(ComputeTelemetry.AttemptsTag));
        Assert.Equal(2, handler.Count);
        Assert.Contains(Measurements(), m => m.Instrument == "console.compute.retries" && m.Value == 1
            && (string?)m.Tags[ComputeTelemetry.MethodTag] == "compute.machineImages.insert");
    }

    [Fact]
    public async Task Get_Refused_SpanIsAnErrorWithTheStatus()
    {
        handler.Enqueue(_ => FakeHttpHandler.GoogleError(HttpStatusCode.Forbidden, "forbidden"));
        var client = TestClients.Plain(handler);

        await Assert.ThrowsAsync<MachineImagesConsole.Compute.Errors.ComputeApiException>(() => client.Images.GetAsync("p", marker));

        var span = Assert.Single(Spans(), s => s.DisplayName == "compute.images.get" && s.Status == ActivityStatusCode.Error && (string?)s.GetTagItem(ComputeTelemetry.StatusTag) == "403");
        Assert.Null(span.GetTagItem(ComputeTelemetry.RequestIdTag));
    }

    private List<Activity> Spans()
    {
        lock (spans) return [.. spans];
    }

    private List<(string Instrument, long Value, Dictionary<string, object?> Tags)> Measurements()
    {
        lock (measurements) return [.. measurements];
    }
}
