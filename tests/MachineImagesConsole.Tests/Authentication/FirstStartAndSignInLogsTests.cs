using System.Net;
using System.Text.RegularExpressions;
using MachineImagesConsole.Hosting;
using MachineImagesConsole.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Tests.Authentication;

/// <summary>
/// The real console (LocalCloud in-process) started on an empty data folder with every log category at Trace, its
/// records captured: the first start logs no error, and a real sign-in leaves no code, state or token in any log.
/// </summary>
public sealed partial class FirstStartAndSignInLogsTests(FirstStartAndSignInLogsTests.TraceConsole console) : IClassFixture<FirstStartAndSignInLogsTests.TraceConsole>
{
    [Fact]
    public void FirstStart_EmptyDataFolder_LogsNoError()
    {
        var started = console.StartLogs;

        Assert.Contains(started, r => r.Category.StartsWith("Microsoft.EntityFrameworkCore.Migrations", StringComparison.Ordinal)); // it did migrate
        Assert.DoesNotContain(started, r => r.Level >= LogLevel.Error);
        Assert.DoesNotContain(started, r => r.Text.Contains("no such table", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignIn_ThroughLocalCloud_LogsNoCodeStateOrToken()
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
        var visited = new List<Uri>();

        using var chooser = await FollowAsync(http, new HttpRequestMessage(HttpMethod.Get, new Uri(console.BaseUrl, "machine-images")), visited);
        var html = await chooser.Content.ReadAsStringAsync();
        var form = LocalCloudConsoleFixture.HiddenInputRegex().Matches(html)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        form["person"] = "admin@example.com";
        var action = new Uri(chooser.RequestMessage!.RequestUri!, FormActionRegex().Match(html).Groups["action"].Value);
        using var landing = await FollowAsync(http, new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(form) }, visited);

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("Ada Admin", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var callback = Assert.Single(visited, u => u.AbsolutePath == "/signin-oidc");
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        var secrets = new[] { query["code"], query["state"] };
        Assert.All(secrets, s => Assert.False(string.IsNullOrEmpty(s)));

        var text = string.Join('\n', console.Logs.Select(r => r.Text));
        Assert.Contains("/signin-oidc", string.Join('\n', visited), StringComparison.Ordinal);
        Assert.Contains(console.Logs, r => r.Level <= LogLevel.Debug); // Trace and Debug really were captured
        foreach (var secret in secrets) Assert.DoesNotContain(secret!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("code_verifier", text, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh_token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("id_token=", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(JwtRegex(), text);
    }

    /// <summary>Sends <paramref name="request"/> and follows redirects as a browser does, recording each address.</summary>
    private static async Task<HttpResponseMessage> FollowAsync(HttpClient http, HttpRequestMessage request, List<Uri> visited)
    {
        for (var hop = 0; hop < 12; hop++)
        {
            visited.Add(request.RequestUri!);
            var response = await http.SendAsync(request);
            request.Dispose();
            if ((int)response.StatusCode is < 300 or >= 400) return response;
            var next = new Uri(request.RequestUri!, response.Headers.Location!);
            response.Dispose();
            request = new HttpRequestMessage(HttpMethod.Get, next);
        }

        throw new InvalidOperationException("Too many redirects: " + string.Join(" -> ", visited));
    }

    [GeneratedRegex("<form [^>]*action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormActionRegex();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}")]
    private static partial Regex JwtRegex();


    /// <summary>The console on a new, empty data folder, every category at Trace, every record captured.</summary>
#pragma warning disable CA1001 // the host owns and disposes the logger provider
    public sealed class TraceConsole : IAsyncLifetime
    {
        private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mic-first-start-" + Guid.NewGuid().ToString("N")[..8]);
        private readonly CapturingLoggerProvider _logs = new();
        private ConsoleInstance? _console;

        public Uri BaseUrl { get; } = new($"http://localhost:{FakeIssuer.FreePort()}/");

        public IReadOnlyList<LogRecord> Logs => [.. _logs.Records];

        /// <summary>What was logged until the console was started.</summary>
        public IReadOnlyList<LogRecord> StartLogs { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Assert.False(Directory.Exists(_dataDirectory));
            var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Console:DataDirectory"] = _dataDirectory,
                ["Console:LocalCloud:Url"] = $"http://localhost:{FakeIssuer.FreePort()}",
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Trace",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Trace",
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
            }).Build();
            _console = await ConsoleHost.StartAsync(["--urls", BaseUrl.AbsoluteUri.TrimEnd('/')], overrides, b => b.Services.AddSingleton<ILoggerProvider>(_logs), CancellationToken.None);
            StartLogs = Logs;
        }

        public async Task DisposeAsync()
        {
            if (_console is not null) await _console.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans temp folders.
            }
        }
    }
#pragma warning restore CA1001
}
