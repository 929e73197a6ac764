using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.LocalCloud.Tests;

/// <summary>LocalCloud's own conventions: headers on its pages, <c>--urls</c>, and nothing secret in its logs.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task ChooserPage_CannotBeFramedAndCarriesTheSecurityHeaders()
    {
        await using var server = await LocalCloudServer.StartAsync();

        using var response = await server.Http.GetAsync("connect/authorize?client_id=machine-images-console&redirect_uri=" + Uri.EscapeDataString(LocalCloudServer.ConsoleRedirect)
            + "&response_type=code&scope=openid&code_challenge=" + new string('a', 43) + "&code_challenge_method=S256");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' http://localhost:5080", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithUrlsOnTheCommandLine_ListensThere()
    {
        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), "localcloud-tests", Guid.NewGuid().ToString("N"));
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalCloud:DataDirectory"] = data,
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        await using var app = LocalCloudApp.Create(["--urls", $"http://127.0.0.1:{port}"], overrides);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var http = new HttpClient();
            using var root = await http.GetAsync($"http://127.0.0.1:{port}/");

            Assert.Equal($"http://127.0.0.1:{port}", address);
            Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task SignInAndClientCredentials_AtTraceLevel_LogNoSecretCodeVerifierOrToken()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await LocalCloudServer.StartAsync(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            configureServices: s => s.AddSingleton<ILoggerProvider>(logs));

        var (verifier, code, tokens) = await server.SignInCapturingAsync("admin@example.com");
        var automationToken = await server.ClientCredentialsTokenAsync();
        var text = string.Join('\n', logs.Messages);

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(verifier, text, StringComparison.Ordinal);
        Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        Assert.DoesNotContain("state=", text, StringComparison.Ordinal); // the authorize request's query (the client's OIDC state)
        Assert.DoesNotContain(LocalCloudServer.AutomationSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain((string)tokens["access_token"]!, text, StringComparison.Ordinal);
        Assert.DoesNotContain((string)tokens["refresh_token"]!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(automationToken, text, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _messages);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
