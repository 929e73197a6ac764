using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MachineImagesConsole.Hosting;

/// <summary>
/// Runs LocalCloud (the local Compute Engine and OIDC issuer) inside the console's process, started before the
/// console is built so the console knows the issuer's address. The console passes LocalCloud its redirect URIs,
/// a data folder, and a fresh random automation-client secret (memory only) as overrides over LocalCloud's own configuration.
/// </summary>
public sealed class LocalCloudHost : IAsyncDisposable
{
    /// <summary>LocalCloud configuration keys the console sets (LocalCloud owns their meaning).</summary>
    public static class Keys
    {
        public const string Urls = "LocalCloud:Urls";
        public const string DataDirectory = "LocalCloud:DataDirectory";
        public const string AutomationClientSecret = "LocalCloud:Automation:ClientSecret";
        public const string ConsoleRedirectUri = "LocalCloud:Clients:Console:RedirectUris:0";
        public const string ConsolePostLogoutRedirectUri = "LocalCloud:Clients:Console:PostLogoutRedirectUris:0";
    }

    private readonly WebApplication _app;

    private LocalCloudHost(WebApplication app, Uri origin, LocalCloudAutomationClient automationClient)
    {
        _app = app;
        Origin = origin;
        AutomationClient = automationClient;
    }

    /// <summary>The origin LocalCloud actually listens on (after binding, so port 0 works).</summary>
    public Uri Origin { get; }

    public LocalCloudAutomationClient AutomationClient { get; }

    /// <summary>
    /// The composition seam: builds LocalCloud's (not yet started) web application from the args and overrides.
    /// Replaced by tests; defaults to LocalCloud's own entry point.
    /// </summary>
    public static Func<string[], IConfiguration, WebApplication> Factory { get; set; } = CreateLocalCloudApp;

    /// <summary>Builds the overrides the console layers over LocalCloud's configuration.</summary>
    public static IConfiguration BuildOverrides(IConfiguration consoleConfiguration, Uri localCloudUrl, Uri consolePublicUrl, string dataDirectory, string automationSecret)
    {
        var values = new Dictionary<string, string?>
        {
            [Keys.Urls] = localCloudUrl.GetLeftPart(UriPartial.Authority),
            [Keys.DataDirectory] = Path.Combine(dataDirectory, "localcloud"),
            [Keys.AutomationClientSecret] = automationSecret,
            [Keys.ConsoleRedirectUri] = new Uri(consolePublicUrl, "signin-oidc").AbsoluteUri,
            [Keys.ConsolePostLogoutRedirectUri] = new Uri(consolePublicUrl, "signout-callback-oidc").AbsoluteUri,
        };

        // The console's own top-level "LocalCloud" section passes through; the console's computed values win.
        return new ConfigurationBuilder()
            .AddInMemoryCollection(consoleConfiguration.GetSection("LocalCloud").AsEnumerable())
            .AddInMemoryCollection(values)
            .Build();
    }

    public static async Task<LocalCloudHost> StartAsync(string[] args, IConfiguration consoleConfiguration, Uri localCloudUrl, Uri consolePublicUrl, string dataDirectory, CancellationToken cancellationToken)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var overrides = BuildOverrides(consoleConfiguration, localCloudUrl, consolePublicUrl, dataDirectory, secret);
        var app = Factory(args, overrides);
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("LocalCloud started but reported no listening address.");
            var origin = new Uri(address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
            return new LocalCloudHost(app, origin, new LocalCloudAutomationClient(LocalCloudAutomationClient.DefaultClientId, secret));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }

    // SEAM: becomes `MachineImagesConsole.LocalCloud.Hosting.LocalCloudApp.Create(args, overrides)` once LocalCloud's entry point is merged.
    private static WebApplication CreateLocalCloudApp(string[] args, IConfiguration overrides)
        => throw new ConsoleConfigurationException(
            "This build has no in-process LocalCloud yet. Run LocalCloud separately and set Console:LocalCloud:InProcess=false (Console:LocalCloud:Url points at it).");
}
