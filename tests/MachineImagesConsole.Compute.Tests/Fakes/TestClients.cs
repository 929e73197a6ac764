using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Compute.Tests.Fakes;

/// <summary>Builds clients over a <see cref="FakeHttpHandler"/>.</summary>
public static class TestClients
{
    public const string Token = "test-token";

    public static ComputeClientOptions Options(int maxAttempts = 5) => new()
    {
        BaseUrl = new Uri("https://compute.test/compute/v1/"),
        ResourceManagerBaseUrl = new Uri("https://crm.test/"),
        MaxAttempts = maxAttempts,
        OperationPollInterval = TimeSpan.FromSeconds(1),
    };

    /// <summary>A client without retries (plain HttpClient over the fake).</summary>
    public static ComputeClient Plain(FakeHttpHandler handler, ComputeClientOptions? options = null, TimeProvider? time = null) =>
        new(new HttpClient(handler), new DelegateAccessTokenProvider(_ => ValueTask.FromResult(Token)), options ?? Options(), time);

    /// <summary>A client whose pipeline has the resilience handler (<see cref="ComputeResilience"/>), with deterministic jitter (always the ceiling).</summary>
    public static ComputeClient WithRetries(FakeHttpHandler handler, FakeTimeProvider time, ComputeClientOptions? options = null)
    {
        options ??= Options();
        var retry = new ResilienceHandler(ComputeResilience.BuildPipeline(options, time, () => 1.0)) { InnerHandler = handler };
        return new ComputeClient(new HttpClient(retry) { Timeout = Timeout.InfiniteTimeSpan }, new DelegateAccessTokenProvider(_ => ValueTask.FromResult(Token)), options, time);
    }
}
