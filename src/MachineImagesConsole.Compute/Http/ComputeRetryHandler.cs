using System.Net;
using System.Runtime.ExceptionServices;

namespace MachineImagesConsole.Compute.Http;

/// <summary>
/// Retries transient failures (429, 408, 500, 502, 503, 504, transport errors and attempt time-outs) with
/// exponential backoff and full jitter, but only for requests that are safe to repeat: GET/HEAD, and
/// requests carrying Compute's idempotency key <c>requestId</c> in the query (the server deduplicates
/// them). Caller cancellation is never retried. Delays use <see cref="TimeProvider"/>.
/// </summary>
public sealed class ComputeRetryHandler : DelegatingHandler
{
    /// <summary>Request option carrying the discovery method id (for diagnostics).</summary>
    public static readonly HttpRequestOptionsKey<string> MethodIdOption = new("MachineImagesConsole.Compute.MethodId");

    private readonly int maxAttempts;
    private readonly TimeSpan initialBackoff;
    private readonly TimeSpan maxBackoff;
    private readonly TimeSpan attemptTimeout;
    private readonly TimeProvider time;

    public ComputeRetryHandler(ComputeClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        maxAttempts = options.MaxAttempts;
        initialBackoff = options.InitialBackoff;
        maxBackoff = options.MaxBackoff;
        attemptTimeout = options.AttemptTimeout;
        time = timeProvider ?? TimeProvider.System;
    }

    public ComputeRetryHandler(ComputeClientOptions options, HttpMessageHandler innerHandler, TimeProvider? timeProvider = null)
        : this(options, timeProvider)
    {
        InnerHandler = innerHandler;
    }

    /// <summary>Source of jitter in [0, 1); replaceable by tests to make delays deterministic.</summary>
    internal Func<double> NextJitter { get; set; } = Random.Shared.NextDouble;

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
    public TimeSpan BackoffCeiling(int attempt)
    {
        var ticks = initialBackoff.Ticks * Math.Pow(2, Math.Min(attempt - 1, 30));
        return ticks >= maxBackoff.Ticks ? maxBackoff : TimeSpan.FromTicks((long)ticks);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var retryable = IsRetryable(request);
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            ExceptionDispatchInfo? failure = null;
            using (var timeoutCts = attemptTimeout == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(attemptTimeout, time))
            using (var linked = timeoutCts is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutCts.Token))
            {
                try
                {
                    response = await base.SendAsync(request, linked?.Token ?? cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException ex) when (timeoutCts?.IsCancellationRequested == true)
                {
                    failure = ExceptionDispatchInfo.Capture(new TimeoutException($"The request {request.Method} {request.RequestUri?.AbsolutePath} did not complete within {attemptTimeout}.", ex));
                }
                catch (Exception ex) when (ex is HttpRequestException or TimeoutException or OperationCanceledException or IOException)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            }

            var transient = failure is not null || IsTransient(response!.StatusCode);
            if (!transient || !retryable || attempt >= maxAttempts)
            {
                failure?.Throw();
                return response!;
            }

            var delay = TimeSpan.FromTicks((long)(BackoffCeiling(attempt).Ticks * NextJitter()));
            if (response?.Headers.RetryAfter is { } retryAfter)
            {
                var serverDelay = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : TimeSpan.Zero);
                if (serverDelay > delay) delay = serverDelay > maxBackoff ? maxBackoff : serverDelay;
            }
            response?.Dispose();
            if (delay > TimeSpan.Zero) await Task.Delay(delay, time, cancellationToken);
        }
    }
}
