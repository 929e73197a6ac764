namespace MachineImagesConsole.Compute.Http;

/// <summary>Counts HTTP attempts of one call (it sits inside the retry handler, so it sees each attempt) for <see cref="ComputeTelemetry"/>.</summary>
public sealed class ComputeAttemptHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(ComputeTelemetry.AttemptsOption, out var attempts)) Interlocked.Increment(ref attempts.Value);
        return base.SendAsync(request, cancellationToken);
    }
}
