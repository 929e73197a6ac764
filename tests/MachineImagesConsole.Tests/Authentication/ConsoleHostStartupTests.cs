using MachineImagesConsole.Configuration;
using MachineImagesConsole.Hosting;
using Microsoft.Extensions.Configuration;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class ConsoleHostStartupTests
{
    [Fact]
    public async Task RunAsync_InvalidConfiguration_ExitsNonZeroWithoutStarting()
    {
        var exitCode = await ConsoleHost.RunAsync(["--Console:Mode=Cloudy", "--Console:DataDirectory=" + Path.Combine(Path.GetTempPath(), "mic-never-created")]);

        Assert.Equal(1, exitCode);
    }

    [Fact]
    public void ResolveEndpoints_GoogleMode_UsesGoogleIssuerAndApis()
    {
        var endpoints = ConsoleHost.ResolveEndpoints(new ConsoleOptions { Mode = ConsoleModes.Google }, new Uri("https://console.example.com/"), localCloud: null);

        Assert.False(endpoints.IsLocalCloud);
        Assert.Equal(new Uri("https://accounts.google.com/"), endpoints.Authority);
        Assert.Equal(new Uri("https://compute.googleapis.com/"), endpoints.ComputeBaseUrl);
        Assert.Equal(new Uri("https://cloudresourcemanager.googleapis.com/"), endpoints.ResourceManagerBaseUrl);
        Assert.Equal(new Uri("https://console.example.com/signin-oidc"), endpoints.SignInCallback);
        Assert.Null(endpoints.AutomationClient);
    }

    [Fact]
    public void ResolveEndpoints_ExternalLocalCloud_UsesItsOriginForEverything()
    {
        var options = new ConsoleOptions();
        options.LocalCloud.InProcess = false;
        options.LocalCloud.Url = "http://localcloud.internal:5081";
        options.LocalCloud.AutomationClientSecret = "s3cret";

        var endpoints = ConsoleHost.ResolveEndpoints(options, new Uri("http://localhost:5080/"), localCloud: null);

        Assert.True(endpoints.IsLocalCloud);
        Assert.Equal(new Uri("http://localcloud.internal:5081/"), endpoints.Authority);
        Assert.Equal(endpoints.Authority, endpoints.ComputeBaseUrl);
        Assert.Equal(endpoints.Authority, endpoints.ResourceManagerBaseUrl);
        Assert.Equal(new LocalCloudAutomationClient("console-automation", "s3cret"), endpoints.AutomationClient);
        Assert.DoesNotContain("s3cret", endpoints.AutomationClient!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildOverrides_ConsoleSettings_PassThroughAndTheConsoleFillsTheRest()
    {
        var console = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalCloud:Urls"] = "http://127.0.0.1:6001",
            ["LocalCloud:Simulation:Mode"] = "Instant",
        }).Build();

        var overrides = LocalCloudHost.BuildOverrides(console, new Uri("http://localhost:5081"), new Uri("http://localhost:7000/"), "/data", "generated-secret");

        Assert.Equal("http://127.0.0.1:6001", overrides["LocalCloud:Urls"]);
        Assert.Equal("Instant", overrides["LocalCloud:Simulation:Mode"]);
        Assert.Equal(Path.Combine("/data", "localcloud"), overrides["LocalCloud:DataDirectory"]);
        Assert.Equal("generated-secret", overrides["LocalCloud:Automation:ClientSecret"]);
        Assert.Equal("http://localhost:7000/signin-oidc", overrides["LocalCloud:Clients:machine-images-console:RedirectUris:0"]);
        Assert.Equal("http://localhost:7000/signout-callback-oidc", overrides["LocalCloud:Clients:machine-images-console:PostLogoutRedirectUris:0"]);
    }

    [Fact]
    public void ContentRootLocator_NoSettingsInCurrentFolder_FindsTheRepositoryRoot()
    {
        var root = ContentRootLocator.Find([], Path.GetTempPath(), AppContext.BaseDirectory);

        Assert.NotNull(root);
        Assert.True(File.Exists(Path.Combine(root, "MachineImagesConsole.sln")));
        Assert.True(File.Exists(Path.Combine(root, "appsettings.json")));
    }

    [Fact]
    public void ContentRootLocator_ExplicitContentRootArgument_LeavesItToTheHost()
        => Assert.Null(ContentRootLocator.Find(["--contentRoot", "/srv/console"], Path.GetTempPath(), AppContext.BaseDirectory));
}
