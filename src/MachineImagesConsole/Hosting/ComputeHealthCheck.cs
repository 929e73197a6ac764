using MachineImagesConsole.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MachineImagesConsole.Hosting;

/// <summary>
/// Readiness: Compute Engine answers. LocalCloud: its OIDC discovery document is served. Google: the Compute endpoint
/// returns any HTTP response (reachability only: no credentials are spent on a health probe).
/// </summary>
internal sealed class ComputeHealthCheck(IHttpClientFactory httpClientFactory, ConsoleEndpoints endpoints) : IHealthCheck
{
    public const string HttpClientName = "health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var target = endpoints.IsLocalCloud
            ? new Uri(endpoints.Authority, ".well-known/openid-configuration")
            : new Uri(endpoints.ComputeBaseUrl, "compute/v1/");
        try
        {
            using var response = await client.GetAsync(target, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (endpoints.IsLocalCloud && !response.IsSuccessStatusCode)
            {
                return HealthCheckResult.Unhealthy($"LocalCloud answered {(int)response.StatusCode} at {target}.");
            }

            return HealthCheckResult.Healthy($"{target.GetLeftPart(UriPartial.Authority)} answered {(int)response.StatusCode}.");
        }
        catch (HttpRequestException exception)
        {
            return HealthCheckResult.Unhealthy($"{target.GetLeftPart(UriPartial.Authority)} is not reachable: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{target.GetLeftPart(UriPartial.Authority)} did not answer in time.");
        }
    }
}
