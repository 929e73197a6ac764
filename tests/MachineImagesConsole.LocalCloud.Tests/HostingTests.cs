using System.Text.Json;
using MachineImagesConsole.LocalCloud.Endpoints;
using MachineImagesConsole.LocalCloud.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Tests;

public sealed class HostingTests
{
    [Fact]
    public void RouteTable_MatchesTheDiscoveryDocument()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "compute-v1-discovery.json");
        Assert.True(File.Exists(path), "The discovery document is linked into the test output.");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var methods = new Dictionary<string, (string Verb, string Path)>();
        foreach (var resource in doc.RootElement.GetProperty("resources").EnumerateObject())
        {
            if (!resource.Value.TryGetProperty("methods", out var ms)) continue;
            foreach (var m in ms.EnumerateObject())
                methods[m.Value.GetProperty("id").GetString()!] = (m.Value.GetProperty("httpMethod").GetString()!, m.Value.GetProperty("path").GetString()!);
        }
        foreach (var route in ComputeRoutes.All)
        {
            if (route.SinceRevision is not null)
            {
                Assert.False(methods.ContainsKey(route.MethodId), $"{route.MethodId} is in the saved revision; drop SinceRevision.");
                continue;
            }
            Assert.True(methods.TryGetValue(route.MethodId, out var expected), $"{route.MethodId} is not in the discovery document.");
            Assert.Equal(expected.Verb, route.HttpMethod);
            Assert.Equal(expected.Path, route.Path);
        }
        Assert.Equal(ComputeRoutes.All.Count, ComputeRoutes.All.Select(r => r.MethodId).Distinct().Count());
    }

    [Fact]
    public void Options_BadValues_AreAllNamed()
    {
        var options = new LocalCloudOptions
        {
            Urls = "not a url",
            PublicOrigin = "http://localhost:5081/path",
            Simulation = new SimulationOptions { SecondsPerHundredGb = -1, MaxWaitSeconds = 0 },
            Projects = { ["Bad_Project"] = new ProjectOptions { Number = "x" } },
        };
        var result = new LocalCloudOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        var text = string.Join("\n", result.Failures!);
        Assert.Contains("LocalCloud:Urls", text);
        Assert.Contains("LocalCloud:PublicOrigin", text);
        Assert.Contains("LocalCloud:Simulation:SecondsPerHundredGb", text);
        Assert.Contains("LocalCloud:Simulation:MaxWaitSeconds", text);
        Assert.Contains("LocalCloud:Projects:Bad_Project", text);
    }

    [Fact]
    public void Create_InvalidConfiguration_RefusesToStart()
    {
        var overrides = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalCloud:Simulation:Mode"] = "Instant",
            ["LocalCloud:Simulation:TickMilliseconds"] = "1",
            ["LocalCloud:DataDirectory"] = Path.Combine(Path.GetTempPath(), "localcloud-tests", Guid.NewGuid().ToString("N")),
        }).Build();
        var e = Assert.Throws<OptionsValidationException>(() => { LocalCloudApp.Create([], overrides); });
        Assert.Contains("LocalCloud:Simulation:TickMilliseconds", e.Message);
    }

    [Fact]
    public void ResourceRef_AcceptsFullAndPartialUrls()
    {
        var full = ResourceRef.TryParse("https://www.googleapis.com/compute/v1/projects/p/zones/us-central1-a/disks/d", "disks", "x", null);
        Assert.Equal(("p", "zones/us-central1-a", "d"), (full!.Project, full.Scope, full.Name));
        var partial = ResourceRef.TryParse("global/images/family/debian-12", "images", "x", "global");
        Assert.True(partial!.IsFamily);
        Assert.Equal("x", partial.Project);
        Assert.Null(ResourceRef.TryParse("zones/us-central1-a/instances/i", "disks", "x", null));
    }
}
