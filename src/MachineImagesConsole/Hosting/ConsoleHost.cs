using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Hosting.ScaleOut;
using MachineImagesConsole.Hosting.Telemetry;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Hosting;

/// <summary>
/// Composition root. Order: read and validate configuration → start the in-process LocalCloud (LocalCloud mode) →
/// resolve endpoints → register services → build → map the pipeline → start.
/// </summary>
public static class ConsoleHost
{
    public const string DefaultPublicUrl = "http://localhost:5080";

    /// <summary>Runs until shutdown. Exit code 1 with the bad keys on stderr when the configuration is not valid.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await using var console = await StartAsync(args, overrides: null, CancellationToken.None);
            await System.Console.Out.WriteLineAsync(
                $"MachineImagesConsole is ready ({(console.Endpoints.IsLocalCloud ? "LocalCloud demo world" : "Google")}): open {console.Endpoints.PublicUrl} in a browser.");
            await console.App.WaitForShutdownAsync();
            return 0;
        }
        catch (ConsoleConfigurationException exception)
        {
            await System.Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
        catch (OptionsValidationException exception)
        {
            await System.Console.Error.WriteLineAsync("The console's configuration is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, exception.Failures.Select(f => "  - " + f)));
            return 1;
        }
    }

    /// <summary>Builds and starts the console. <paramref name="overrides"/> (tests) is layered last over configuration.</summary>
    public static Task<ConsoleInstance> StartAsync(string[] args, IConfiguration? overrides, CancellationToken cancellationToken)
        => StartAsync(args, overrides, configureBuilder: null, cancellationToken);

    /// <summary>
    /// Builds and starts the console; <paramref name="configureBuilder"/> (tests: e.g. a log capture) runs on the builder
    /// after the console's own registrations, before it is built.
    /// </summary>
    public static async Task<ConsoleInstance> StartAsync(string[] args, IConfiguration? overrides, Action<WebApplicationBuilder>? configureBuilder, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ConsoleHost).Assembly.GetName().Name,
            ContentRootPath = ContentRootLocator.Find(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
        });
        if (overrides is not null)
        {
            builder.Configuration.AddConfiguration(overrides);
        }

        var options = ReadOptions(builder.Configuration);
        var dataDirectory = Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);

        // Everything that reads Console:DataDirectory sees the same absolute folder (relative = under the content root).
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Console:DataDirectory"] = dataDirectory });
        var publicUrl = ResolvePublicUrl(options, builder);
        var instance = ConsoleInstanceIdentity.Create(options.InstanceName);
        builder.Services.AddSingleton(instance);
        builder.AddConsoleTelemetry(instance);

        // Framework and library static web assets (_framework/blazor.web.js, _content/MudBlazor/…) come from the build
        // manifest when running unpublished, in every environment (the host only does this by itself in Development).
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json")))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        LocalCloudHost? localCloud = null;
        if (options.IsLocalCloudMode && options.LocalCloud.InProcess)
        {
            localCloud = await LocalCloudHost.StartAsync(builder.Configuration, new Uri(options.LocalCloud.Url), publicUrl, dataDirectory, cancellationToken);
        }

        try
        {
            var endpoints = ResolveEndpoints(options, publicUrl, localCloud);
            builder.Services.AddConsoleServices(builder.Configuration, options, endpoints, dataDirectory);
            configureBuilder?.Invoke(builder);
            var app = builder.Build();
            app.UseConsolePipeline();
            await app.StartAsync(cancellationToken);
            return new ConsoleInstance(app, localCloud, endpoints);
        }
        catch
        {
            if (localCloud is not null)
            {
                await localCloud.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Binds and validates the <c>Console</c> section; throws <see cref="ConsoleConfigurationException"/> naming every bad key.</summary>
    public static ConsoleOptions ReadOptions(IConfiguration configuration)
    {
        ConsoleOptions options;
        try
        {
            options = configuration.GetSection(ConsoleOptions.SectionName).Get<ConsoleOptions>() ?? new ConsoleOptions();
        }
        catch (InvalidOperationException exception)
        {
            // The binder names the key it could not convert, e.g. "Console:Authentication:SessionIdleTimeout".
            throw new ConsoleConfigurationException(exception.Message, exception);
        }

        var failures = ConsoleOptionsValidator.Check(options);
        return failures.Count == 0 ? options : throw new ConsoleConfigurationException(failures);
    }

    public static ConsoleEndpoints ResolveEndpoints(ConsoleOptions options, Uri publicUrl, LocalCloudHost? localCloud)
    {
        if (options.IsGoogleMode)
        {
            return new ConsoleEndpoints
            {
                PublicUrl = publicUrl,
                Authority = new Uri("https://accounts.google.com/"),
                ComputeBaseUrl = AsRoot(options.Compute.BaseUrl ?? "https://compute.googleapis.com/"),
                ResourceManagerBaseUrl = AsRoot(options.Compute.ResourceManagerBaseUrl ?? "https://cloudresourcemanager.googleapis.com/"),
                IsLocalCloud = false,
            };
        }

        var origin = localCloud?.Origin ?? AsRoot(options.LocalCloud.Url);
        return new ConsoleEndpoints
        {
            PublicUrl = publicUrl,
            Authority = origin,
            ComputeBaseUrl = AsRoot(options.Compute.BaseUrl ?? origin.AbsoluteUri),
            ResourceManagerBaseUrl = AsRoot(options.Compute.ResourceManagerBaseUrl ?? origin.AbsoluteUri),
            IsLocalCloud = true,
            AutomationClient = localCloud?.AutomationClient
                ?? (options.LocalCloud.AutomationClientSecret is { Length: > 0 } secret ? new LocalCloudAutomationClient(LocalCloudAutomationClient.DefaultClientId, secret) : null),
        };
    }

    private static Uri ResolvePublicUrl(ConsoleOptions options, WebApplicationBuilder builder)
    {
        if (options.PublicUrl is not null)
        {
            return AsRoot(options.PublicUrl);
        }

        var urls = builder.Configuration["urls"];
        var httpPorts = builder.Configuration["http_ports"];
        string? listening = null;
        if (!string.IsNullOrWhiteSpace(urls))
        {
            listening = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        }
        else if (!string.IsNullOrWhiteSpace(httpPorts))
        {
            listening = $"http://localhost:{httpPorts.Split(';', ',')[0].Trim()}";
        }
        else if (builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).FirstOrDefault(u => u is not null) is { } kestrelUrl)
        {
            listening = kestrelUrl;
        }
        else
        {
            builder.WebHost.UseUrls(DefaultPublicUrl);
            listening = DefaultPublicUrl;
        }

        var normalized = listening.Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Port == 0)
        {
            throw new ConsoleConfigurationException($"Console:PublicUrl is required: the listening address '{listening}' does not say how people reach the console.");
        }

        return AsRoot(uri.GetLeftPart(UriPartial.Authority));
    }

    private static Uri AsRoot(string url) => new(url.EndsWith('/') ? url : url + "/");
}
