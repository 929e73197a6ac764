using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.Compute.Tests.Integration;

/// <summary>
/// Our <see cref="ComputeClient"/> wired to a running LocalCloud exactly as the console wires it: real HTTP on loopback,
/// the retry pipeline from <see cref="ComputeClient.CreateHttpClient"/>, and a token provider (client credentials
/// against LocalCloud's token endpoint by default). <see cref="Requests"/> counts what went over the wire.
/// </summary>
public sealed class LocalCloudClient : IDisposable
{
    private readonly HttpClient http;
    private readonly HttpClient tokenHttp;
    private readonly IDisposable? tokens;

    private LocalCloudClient(LocalCloudServer server, Func<HttpClient, IAccessTokenProvider> tokenProvider)
    {
        var options = new ComputeClientOptions
        {
            BaseUrl = new Uri(server.BaseAddress, "compute/v1/"),
            ResourceManagerBaseUrl = server.BaseAddress,
            InitialBackoff = TimeSpan.FromMilliseconds(10),
            MaxBackoff = TimeSpan.FromMilliseconds(100),
            AttemptTimeout = TimeSpan.FromSeconds(30),
            OperationPollInterval = TimeSpan.FromMilliseconds(20),
        };
        Requests = new RequestCounter(new SocketsHttpHandler());
        http = ComputeClient.CreateHttpClient(options, Requests);
        tokenHttp = new HttpClient();
        var provider = tokenProvider(tokenHttp);
        tokens = provider as IDisposable;
        Client = new ComputeClient(http, provider, options);
    }

    public ComputeClient Client { get; }

    public RequestCounter Requests { get; }

    /// <summary>The automation client (roles/editor on the demo projects) by the client-credentials grant.</summary>
    public static LocalCloudClient ForAutomation(LocalCloudServer server) =>
        new(server, http => new ClientCredentialsAccessTokenProvider(
            http, new Uri(server.BaseAddress, "connect/token"), "console-automation", LocalCloudServer.AutomationSecret, LocalCloudServer.CloudPlatform));

    /// <summary>A person signed in through LocalCloud's authorization-code flow (the token is fetched once).</summary>
    public static async Task<LocalCloudClient> ForPersonAsync(LocalCloudServer server, string email)
    {
        var token = await server.PersonTokenAsync(email);
        return new LocalCloudClient(server, _ => new DelegateAccessTokenProvider(_ => ValueTask.FromResult(token)));
    }

    public void Dispose()
    {
        tokens?.Dispose();
        http.Dispose();
        tokenHttp.Dispose();
    }
}
