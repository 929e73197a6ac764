using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;

namespace MachineImagesConsole.Compute.Http;

/// <summary>
/// The client's traces and metrics, through .NET's own <see cref="ActivitySource"/> and <see cref="Meter"/> (no
/// OpenTelemetry or ASP.NET dependency; a host subscribes by <see cref="SourceName"/>). Every API call is one span named
/// by its discovery method id (e.g. <c>compute.machineImages.insert</c>) carrying the method and the Compute
/// <c>requestId</c>; each HTTP attempt under it is a child span of the HttpClient instrumentation.
/// </summary>
public static class ComputeTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>.</summary>
    public const string SourceName = "MachineImagesConsole.Compute";

    /// <summary>Span tag: the discovery method id.</summary>
    public const string MethodTag = "compute.method";

    /// <summary>Span tag: Compute's idempotency key, the same on every retry of the call.</summary>
    public const string RequestIdTag = "compute.request_id";

    /// <summary>Span tag: HTTP attempts the call took (1 without retries).</summary>
    public const string AttemptsTag = "compute.attempts";

    /// <summary>Metric and span tag: the final HTTP status code, or <c>error</c> when no response came back.</summary>
    public const string StatusTag = "http.response.status_code";

    internal static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    private static readonly Counter<long> Calls = Meter.CreateCounter<long>("console.compute.calls", "{call}", "Compute API calls, by method and final status.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("console.compute.retries", "{retry}", "Extra HTTP attempts of Compute API calls, by method and final status.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("console.compute.duration", "s", "Duration of Compute API calls including retries.");

    /// <summary>Request option the attempt counter (<see cref="ComputeAttemptHandler"/>) increments once per HTTP attempt.</summary>
    internal static readonly HttpRequestOptionsKey<StrongBoxInt> AttemptsOption = new("MachineImagesConsole.Compute.Attempts");

    internal static Activity? StartCall(ComputeApiMethod method, string? requestId)
    {
        var activity = Source.StartActivity(method.Id, ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag(MethodTag, method.Id);
        if (requestId is not null) activity.SetTag(RequestIdTag, requestId);
        return activity;
    }

    internal static void Record(Activity? activity, ComputeApiMethod method, HttpStatusCode? status, int attempts, TimeSpan elapsed, Exception? error)
    {
        var statusText = status is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : "error";
        var tags = new TagList { { MethodTag, method.Id }, { StatusTag, statusText } };
        Calls.Add(1, tags);
        if (attempts > 1) Retries.Add(attempts - 1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
        if (activity is null) return;
        activity.SetTag(StatusTag, statusText);
        activity.SetTag(AttemptsTag, attempts);
        if (error is not null || status is null || (int)status >= 400)
            activity.SetStatus(ActivityStatusCode.Error, error?.Message ?? statusText);
    }

    /// <summary>A mutable counter carried in <see cref="HttpRequestMessage.Options"/>.</summary>
    internal sealed class StrongBoxInt
    {
        public int Value;
    }
}
