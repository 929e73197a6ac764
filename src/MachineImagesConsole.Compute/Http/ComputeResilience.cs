using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MachineImagesConsole.Compute.Http;

/// <summary>
/// The Compute client's resilience pipeline (Microsoft.Extensions.Http.Resilience on Polly): a retry strategy around a
/// per-attempt timeout. Transient failures (429, 408, 500, 502, 503, 504, transport errors and attempt time-outs) are
/// retried with exponential backoff and full jitter, but only for requests that are safe to repeat: GET/HEAD, and
/// requests carrying Compute's idempotency key <c>requestId</c> in the query (the server deduplicates them). A server's
/// <c>Retry-After</c> longer than the jittered delay is honoured (capped at <see cref="ComputeClientOptions.MaxBackoff"/>).
/// Caller cancellation is never retried. Delays and time-outs use the given <see cref="TimeProvider"/>.
/// <see cref="ComputeAttemptHandler"/> sits inside the pipeline, so it sees (and counts) every attempt.
/// </summary>
public static class ComputeResilience
{
    /// <summary>The name of the pipeline on the named <see cref="HttpClient"/> (<c>AddResilienceHandler</c>).</summary>
    public const string PipelineName = "compute";

    /// <summary>Request option carrying the discovery method id (for diagnostics).</summary>
    public static readonly HttpRequestOptionsKey<string> MethodIdOption = new("MachineImagesConsole.Compute.MethodId");

    /// <summary>True when the request may be sent more than once.</summary>
    public static bool IsRetryable(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head) return true;
        var query = request.RequestUri?.Query;
        return !string.IsNullOrEmpty(query)
            && (query.StartsWith("?requestId=", StringComparison.Ordinal) || query.Contains("&requestId=", StringComparison.Ordinal));
    }

    /// <summary>True for statuses worth retrying.</summary>
    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The upper bound of the backoff before attempt <paramref name="attempt"/> + 1 (attempt counts from 1).</summary>
    public static TimeSpan BackoffCeiling(ComputeClientOptions options, int attempt)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ticks = options.InitialBackoff.Ticks * Math.Pow(2, Math.Min(attempt - 1, 30));
        return ticks >= options.MaxBackoff.Ticks ? options.MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Adds the retry and the per-attempt timeout to <paramref name="builder"/> (and sets its clock).</summary>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddComputeStrategies(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, ComputeClientOptions options, TimeProvider? timeProvider = null)
        => builder.AddComputeStrategies(options, timeProvider, Random.Shared.NextDouble);

    /// <summary>The pipeline on its own, for a handler built without dependency injection (<see cref="CreateHandler"/>).</summary>
    public static ResiliencePipeline<HttpResponseMessage> BuildPipeline(ComputeClientOptions options, TimeProvider? timeProvider = null)
        => BuildPipeline(options, timeProvider, Random.Shared.NextDouble);

    /// <summary>A <see cref="ResilienceHandler"/> running the pipeline over <paramref name="inner"/>.</summary>
    public static DelegatingHandler CreateHandler(ComputeClientOptions options, HttpMessageHandler inner, TimeProvider? timeProvider = null)
        => new ResilienceHandler(BuildPipeline(options, timeProvider)) { InnerHandler = inner };

    /// <param name="jitter">Source of jitter in [0, 1) (tests make it deterministic).</param>
    internal static ResiliencePipeline<HttpResponseMessage> BuildPipeline(ComputeClientOptions options, TimeProvider? timeProvider, Func<double> jitter)
        => new ResiliencePipelineBuilder<HttpResponseMessage>().AddComputeStrategies(options, timeProvider, jitter).Build();

    internal static ResiliencePipelineBuilder<HttpResponseMessage> AddComputeStrategies(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, ComputeClientOptions options, TimeProvider? timeProvider, Func<double> jitter)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(jitter);
        options.Validate();
        var time = timeProvider ?? TimeProvider.System;
        builder.TimeProvider = time;
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Delay(options, time, jitter, args.AttemptNumber + 1, args.Outcome.Result)),
            });
        }

        if (options.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            var attemptTimeout = options.AttemptTimeout;
            builder.AddTimeout(new TimeoutStrategyOptions { Timeout = attemptTimeout });
        }

        return builder;
    }

    private static bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (context.CancellationToken.IsCancellationRequested) return false; // the caller gave up
        if (context.GetRequestMessage() is not { } request || !IsRetryable(request)) return false;
        return outcome.Exception is { } error
            ? error is TimeoutRejectedException or HttpRequestException or TimeoutException or OperationCanceledException or IOException
            : IsTransient(outcome.Result!.StatusCode);
    }

    /// <summary>Full jitter below <see cref="BackoffCeiling"/>, or the server's Retry-After when longer (capped).</summary>
    private static TimeSpan Delay(ComputeClientOptions options, TimeProvider time, Func<double> jitter, int attempt, HttpResponseMessage? response)
    {
        var delay = TimeSpan.FromTicks((long)(BackoffCeiling(options, attempt).Ticks * jitter()));
        if (response?.Headers.RetryAfter is { } retryAfter)
        {
            var serverDelay = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : TimeSpan.Zero);
            if (serverDelay > delay) delay = serverDelay > options.MaxBackoff ? options.MaxBackoff : serverDelay;
        }

        return delay;
    }
}
