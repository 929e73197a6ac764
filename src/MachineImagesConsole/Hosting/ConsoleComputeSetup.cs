using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Hosting;

/// <summary>
/// Connects the Compute client to the resolved endpoints, and registers the console's service-account credentials
/// (keyed <see cref="ComputeIdentityKeys.ServiceAccount"/>): LocalCloud's automation client (client-credentials grant),
/// or in Google mode a key file / Application Default Credentials. The per-user provider is
/// <see cref="Authentication.UserAccessTokenProvider"/> (registered by the authentication setup).
/// </summary>
public static class ConsoleComputeSetup
{
    public const string TokenHttpClientName = "localcloud-token";

    public static IServiceCollection AddConsoleCompute(this IServiceCollection services, ConsoleOptions options, ConsoleEndpoints endpoints)
    {
        services.AddComputeClient(o =>
        {
            o.BaseUrl = new Uri(endpoints.ComputeBaseUrl, "compute/v1/");
            o.ResourceManagerBaseUrl = endpoints.ResourceManagerBaseUrl;
        });

        if (endpoints.IsLocalCloud)
        {
            if (endpoints.AutomationClient is { } automation)
            {
                services.AddHttpClient(TokenHttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
                services.AddKeyedSingleton<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount, (sp, _) => new ClientCredentialsAccessTokenProvider(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenHttpClientName),
                    new Uri(endpoints.Authority, "connect/token"),
                    automation.ClientId,
                    automation.ClientSecret,
                    Authentication.ConsoleAuthenticationSetup.CloudPlatformScope,
                    sp.GetRequiredService<TimeProvider>()));
            }
        }
        else
        {
            var keyFile = string.IsNullOrWhiteSpace(options.Compute.ServiceAccountKeyFile) ? null : options.Compute.ServiceAccountKeyFile;
            services.AddKeyedSingleton<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount, (_, _) => new GoogleCredentialAccessTokenProvider(keyFile));
        }

        return services;
    }
}
