using System.Globalization;
using System.Text.RegularExpressions;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.LocalCloud.Tests.GoogleClients;

/// <summary>
/// The issue's "done when": Google's own Compute client library (<c>@google-cloud/compute</c>, REST transport), pointed
/// at LocalCloud with only an endpoint override and a LocalCloud token, lists, creates and waits on machine images and
/// images, creates an instance from a machine image with overrides, and reads 404/409 errors. Runs the node suite in
/// <c>tests/google-clients</c> (installing it with <c>npm ci</c> when needed) and fails with node's output.
/// </summary>
public sealed class GoogleClientLibraryConformanceTests
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task GoogleComputeLibrary_AgainstLocalCloud_ConformanceSuitePasses()
    {
        var suite = NodeSuite.Locate();
        await suite.EnsureInstalledAsync();
        // On localhost, as the README's Node recipe (readme-recipe.test.mjs runs it as written) talks to localhost.
        var port = FreePort();
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Instant, settings: new Dictionary<string, string?>
        {
            ["LocalCloud:Urls"] = $"http://localhost:{port}",
            ["LocalCloud:PublicOrigin"] = $"http://localhost:{port}",
        });
        var token = await server.ClientCredentialsTokenAsync();

        var result = await NodeSuite.RunAsync(
            "node", ["--test", "--test-concurrency=1", "--test-reporter=tap"], suite.Directory,
            new Dictionary<string, string>
            {
                ["LOCALCLOUD_URL"] = server.BaseAddress.GetLeftPart(UriPartial.Authority),
                ["LOCALCLOUD_TOKEN"] = token,
            },
            NodeTimeout);

        var pass = Count(result.Output, "pass");
        var fail = Count(result.Output, "fail");
        var skipped = Count(result.Output, "skipped");
        var report = $"node --test exited {result.ExitCode} (pass {pass}, fail {fail}, skipped {skipped}):\n{result.Output}";
        Assert.True(result.ExitCode == 0, report);
        Assert.True(pass > 0, report);
        Assert.True(fail == 0, report);
        Assert.True(skipped == 0, "The conformance suite was skipped. " + report);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Reads the TAP summary line <c># NAME N</c>; -1 when node did not print it.</summary>
    private static int Count(string output, string name)
    {
        var match = Regex.Match(output, $@"^# {name} (\d+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }
}
