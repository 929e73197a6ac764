using MachineImagesConsole.Configuration;
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
        public const string Section = "LocalCloud";
        public const string Urls = "LocalCloud:Urls";
        public const string DataDirectory = "LocalCloud:DataDirectory";
        public const string AutomationClientSecret = "LocalCloud:Automation:ClientSecret";
        public const string ConsoleRedirectUri = "LocalCloud:Clients:machine-images-console:RedirectUris:0";
        public const string ConsolePostLogoutRedirectUri = "LocalCloud:Clients:machine-images-console:PostLogoutRedirectUris:0";
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

    /// <summary>LocalCloud's own services (tests reach its fault injector through them).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// The composition seam: builds LocalCloud's (not yet started) web application from the args and overrides.
    /// Replaced by tests; defaults to LocalCloud's own entry point.
    /// </summary>
    public static Func<string[], IConfiguration, WebApplication> Factory { get; set; } = CreateLocalCloudApp;

    /// <summary>
    /// Builds the overrides the console layers over LocalCloud's configuration: the console's own top-level
    /// <c>LocalCloud</c> section passes through (so <c>LocalCloud__Urls</c> and friends work the same in-process);
    /// where it is silent, the console fills in the URL and data folder; the console's redirect URIs and a fresh
    /// automation secret are always the console's.
    /// </summary>
    public static IConfiguration BuildOverrides(IConfiguration consoleConfiguration, Uri localCloudUrl, Uri consolePublicUrl, string dataDirectory, string automationSecret)
    {
        var values = consoleConfiguration.GetSection(Keys.Section).AsEnumerable()
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (!values.TryGetValue(Keys.Urls, out var urls) || string.IsNullOrWhiteSpace(urls))
        {
            values[Keys.Urls] = localCloudUrl.GetLeftPart(UriPartial.Authority);
        }

        if (!values.TryGetValue(Keys.DataDirectory, out var data) || string.IsNullOrWhiteSpace(data))
        {
            values[Keys.DataDirectory] = Path.Combine(dataDirectory, "localcloud");
        }

        values[Keys.AutomationClientSecret] = automationSecret;
        values[Keys.ConsoleRedirectUri] = new Uri(consolePublicUrl, "signin-oidc").AbsoluteUri;
        values[Keys.ConsolePostLogoutRedirectUri] = new Uri(consolePublicUrl, "signout-callback-oidc").AbsoluteUri;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    public static async Task<LocalCloudHost> StartAsync(IConfiguration consoleConfiguration, Uri localCloudUrl, Uri consolePublicUrl, string dataDirectory, CancellationToken cancellationToken)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var overrides = BuildOverrides(consoleConfiguration, localCloudUrl, consolePublicUrl, dataDirectory, secret);
        // LocalCloud gets no command-line arguments: the console's (e.g. --urls) are the console's own.
        var app = Factory([], overrides);
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

    private static WebApplication CreateLocalCloudApp(string[] args, IConfiguration overrides)
        => MachineImagesConsole.LocalCloud.Hosting.LocalCloudApp.Create(args, overrides);
}
