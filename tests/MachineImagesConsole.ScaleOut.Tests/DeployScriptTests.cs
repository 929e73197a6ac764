using System.Net;
using System.Text.RegularExpressions;

namespace MachineImagesConsole.ScaleOut.Tests;

/// <summary>
/// deploy/run-without-containers.sh, the plain commands of docs/scale-out.md for a host without containers, run as
/// written (on free ports, with the solution's existing build): PostgreSQL, Redis, LocalCloud, consoles A and B and the
/// sticky proxy come up; a person signs in through the proxy; both consoles are ready on the shared database; SIGTERM
/// stops every process it started.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed partial class DeployScriptTests
{
    [Fact]
    public async Task RunWithoutContainers_StartsTheTopology_SignInThroughTheProxy_AndStopsEverything()
    {
        var data = Path.Combine(Path.GetTempPath(), "mic-deploy-" + Guid.NewGuid().ToString("N")[..8]);
        var ports = new Dictionary<string, int>
        {
            ["PG_PORT"] = FreePort.Next(),
            ["REDIS_PORT"] = FreePort.Next(),
            ["LC_PORT"] = FreePort.Next(),
            ["A_PORT"] = FreePort.Next(),
            ["B_PORT"] = FreePort.Next(),
            ["PROXY_PORT"] = FreePort.Next(),
        };
        var environment = ports.ToDictionary(p => p.Key, p => p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        environment["DATA"] = data;
        environment["SKIP_BUILD"] = "1";
        environment["CONFIGURATION"] = Paths.Configuration;
        var root = Paths.RepositoryRoot();
        var script = ChildProcess.Start("bash", [Path.Combine(root, "deploy", "run-without-containers.sh")], environment, root);
        var proxy = new Uri($"http://localhost:{ports["PROXY_PORT"]}/");
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilAsync(script, async () => (await TryGetAsync(http, new Uri(proxy, "proxy/healthz")))?.StatusCode == HttpStatusCode.OK, "the proxy");
            foreach (var console in new[] { ports["A_PORT"], ports["B_PORT"] })
            {
                // Ready = the shared PostgreSQL answers and Compute (LocalCloud) is reachable.
                await WaitUntilAsync(script, async () => (await TryGetAsync(http, new Uri($"http://localhost:{console}/readyz")))?.StatusCode == HttpStatusCode.OK, $"the console on {console} to be ready");
            }

            // A real sign-in through the proxy: LocalCloud sends the browser back to the proxy's /signin-oidc (the redirect
            // URI the script registers), and the proxy pins the session to one console.
            var cookies = new CookieContainer();
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true }) { Timeout = TimeSpan.FromSeconds(60) };
            using var chooser = await browser.GetAsync(new Uri(proxy, "machine-images?project=acme-prod"));
            Assert.Equal(HttpStatusCode.OK, chooser.StatusCode);
            Assert.Equal(ports["LC_PORT"], chooser.RequestMessage!.RequestUri!.Port);
            var html = await chooser.Content.ReadAsStringAsync();
            var form = HiddenInputRegex().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
            form["person"] = "viewer@example.com";
            var action = new Uri(chooser.RequestMessage.RequestUri, FormActionRegex().Match(html).Groups["action"].Value);
            using var landing = await browser.PostAsync(action, new FormUrlEncodedContent(form));

            Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
            Assert.Equal(proxy.Authority, landing.RequestMessage!.RequestUri!.Authority);
            Assert.Contains("Vera Viewer", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(landing.Headers.TryGetValues("X-Console-Destination", out var destination));
            Assert.Contains(Assert.Single(destination), new[] { "console-a", "console-b" });
            Assert.Contains(cookies.GetCookies(proxy).Cast<Cookie>(), c => c.Name == ".MachineImagesConsole.Affinity");

            // Ctrl-C / SIGTERM: the script stops what it started (consoles, LocalCloud, proxy, Redis, PostgreSQL).
            Assert.True(await script.TerminateAsync(TimeSpan.FromSeconds(60)), "The script did not stop within a minute:\n" + script.Output);
            foreach (var (name, port) in ports)
                await WaitUntilAsync(null, () => Task.FromResult(!Listening(port)), $"{name} {port} to be closed");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException(ex.Message + "\n--- run-without-containers.sh ---\n" + Tail(script.Output), ex);
        }
        finally
        {
            await script.DisposeAsync();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<HttpResponseMessage?> TryGetAsync(HttpClient http, Uri url)
    {
        try
        {
            return await http.GetAsync(url);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(ChildProcess? script, Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (!await condition())
        {
            if (script is { HasExited: true }) throw new InvalidOperationException($"The script exited while waiting for {what}:\n{Tail(script.Output)}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(500);
        }
    }

    private static string Tail(string text) => text.Length <= 8000 ? text : text[^8000..];

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInputRegex();

    [GeneratedRegex("<form [^>]*action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormActionRegex();
}
