using System.Text.Json;
using MachineImagesConsole.Compute.Http;

namespace MachineImagesConsole.Compute.Tests.Contract;

/// <summary>Every entry of <see cref="ComputeApiMethods"/> against the discovery document.</summary>
public sealed class MethodContractTests
{
    /// <summary>
    /// Methods and query parameters the 20230610 discovery document lacks but the newer contract has
    /// (compute-api-notes.md §9, from the 20260722 proto): machineImages.setLabels, and the query bool
    /// noGracefulShutdown on instances.delete and instances.stop.
    /// </summary>
    private static readonly HashSet<string> LaterMethods = ["compute.machineImages.setLabels"];

    private static readonly HashSet<(string Method, string Query)> LaterQueryParameters =
    [
        ("compute.instances.delete", "noGracefulShutdown"),
        ("compute.instances.stop", "noGracefulShutdown"),
    ];

    /// <summary>How the client formats each query parameter it sends: the discovery (type, format) it must match.</summary>
    private static readonly Dictionary<string, (string Type, string? Format)> ClientQueryKinds = new()
    {
        ["filter"] = ("string", null),
        ["orderBy"] = ("string", null),
        ["pageToken"] = ("string", null),
        ["maxResults"] = ("integer", "uint32"),
        ["returnPartialSuccess"] = ("boolean", null),
        ["includeAllScopes"] = ("boolean", null),
        ["requestId"] = ("string", null),
        ["sourceInstance"] = ("string", null),
        ["sourceMachineImage"] = ("string", null),
        ["sourceInstanceTemplate"] = ("string", null),
        ["forceCreate"] = ("boolean", null),
        ["discardLocalSsd"] = ("boolean", null),
        ["noGracefulShutdown"] = ("boolean", null),
        ["optionsRequestedPolicyVersion"] = ("integer", "int32"),
        ["port"] = ("integer", "int32"),
        ["start"] = ("string", "int64"),
    };

    /// <summary>The methods the issue "Compute Engine REST client" lists.</summary>
    private static readonly string[] IssueMethods =
    [
        "compute.machineImages.insert", "compute.machineImages.get", "compute.machineImages.list", "compute.machineImages.delete",
        "compute.machineImages.setLabels", "compute.machineImages.getIamPolicy", "compute.machineImages.setIamPolicy", "compute.machineImages.testIamPermissions",
        "compute.images.insert", "compute.images.get", "compute.images.getFromFamily", "compute.images.list", "compute.images.delete",
        "compute.images.deprecate", "compute.images.setLabels", "compute.images.getIamPolicy", "compute.images.setIamPolicy", "compute.images.testIamPermissions",
        "compute.instances.insert", "compute.instances.get", "compute.instances.list", "compute.instances.aggregatedList", "compute.instances.delete",
        "compute.instances.start", "compute.instances.stop", "compute.instances.getSerialPortOutput",
        "compute.instanceTemplates.get", "compute.instanceTemplates.list", "compute.instanceTemplates.insert",
        "compute.disks.get", "compute.disks.list", "compute.snapshots.get", "compute.snapshots.list",
        "compute.zoneOperations.get", "compute.zoneOperations.list", "compute.zoneOperations.wait", "compute.zoneOperations.delete",
        "compute.regionOperations.get", "compute.regionOperations.list", "compute.regionOperations.wait", "compute.regionOperations.delete",
        "compute.globalOperations.get", "compute.globalOperations.list", "compute.globalOperations.aggregatedList", "compute.globalOperations.wait", "compute.globalOperations.delete",
        "compute.zones.get", "compute.zones.list", "compute.regions.get", "compute.regions.list",
        "compute.machineTypes.get", "compute.machineTypes.list", "compute.networks.get", "compute.networks.list",
        "compute.subnetworks.get", "compute.subnetworks.list", "compute.projects.get",
        "cloudresourcemanager.projects.search",
    ];

    public static TheoryData<string> ComputeMethodIds()
    {
        var data = new TheoryData<string>();
        foreach (var m in ComputeApiMethods.All.Where(m => m.Service == ComputeApiService.Compute)) data.Add(m.Id);
        return data;
    }

    private static ComputeApiMethod Entry(string id) => ComputeApiMethods.All.Single(m => m.Id == id);

    [Theory]
    [MemberData(nameof(ComputeMethodIds))]
    public void Method_MatchesDiscovery_IdVerbPathAndQuery(string id)
    {
        var entry = Entry(id);
        var method = DiscoveryDocument.Method(id);
        if (LaterMethods.Contains(id))
        {
            Assert.Null(method); // if a newer discovery doc is saved, drop the allow-list entry and check it fully
            return;
        }

        Assert.True(method.HasValue, $"{id} is not in the discovery document.");
        var m = method.Value;
        Assert.Equal(id, m.GetProperty("id").GetString());
        Assert.Equal(m.GetProperty("httpMethod").GetString(), entry.Verb.Method);
        Assert.Equal(m.GetProperty("path").GetString(), entry.PathTemplate);

        var parameters = m.GetProperty("parameters");
        foreach (var pathParameter in entry.PathParameters)
        {
            Assert.True(parameters.TryGetProperty(pathParameter, out var p), $"{id}: path parameter {pathParameter} missing");
            Assert.Equal("path", p.GetProperty("location").GetString());
        }

        foreach (var query in entry.QueryParameters)
        {
            if (LaterQueryParameters.Contains((id, query)))
            {
                Assert.False(parameters.TryGetProperty(query, out _), $"{id}: {query} is now in discovery; remove it from the allow-list.");
                continue;
            }
            Assert.True(parameters.TryGetProperty(query, out var p), $"{id}: query parameter {query} is not in discovery.");
            Assert.Equal("query", p.GetProperty("location").GetString());
            Assert.True(ClientQueryKinds.TryGetValue(query, out var kind), $"{id}: the test does not know how the client formats {query}.");
            Assert.Equal(kind.Type, p.GetProperty("type").GetString());
            Assert.Equal(kind.Format, p.TryGetProperty("format", out var f) ? f.GetString() : null);
        }
    }

    [Theory]
    [MemberData(nameof(ComputeMethodIds))]
    public void Method_RequestIdInTable_WhenDiscoveryOffersIt(string id)
    {
        if (DiscoveryDocument.Method(id) is not { } m) return;

        var offered = m.GetProperty("parameters").TryGetProperty("requestId", out _);

        Assert.Equal(offered, Entry(id).AcceptsRequestId);
    }

    [Fact]
    public void ResourceManagerSearch_MatchesExpectedPath()
    {
        // Cloud Resource Manager v3 is outside the Compute discovery document: GET v3/projects:search?query=&pageSize=&pageToken=
        var entry = ComputeApiMethods.ResourceManagerProjectsSearch;

        Assert.Equal(ComputeApiService.ResourceManager, entry.Service);
        Assert.Equal(HttpMethod.Get, entry.Verb);
        Assert.Equal("v3/projects:search", entry.PathTemplate);
        Assert.Equal(["query", "pageSize", "pageToken"], entry.QueryParameters);
    }

    [Fact]
    public void Table_CoversEveryMethodTheIssueLists()
    {
        var table = ComputeApiMethods.All.Select(m => m.Id).ToHashSet();

        var missing = IssueMethods.Where(id => !table.Contains(id)).ToList();
        var extra = table.Where(id => !IssueMethods.Contains(id)).ToList();

        Assert.True(missing.Count == 0, "Missing from ComputeApiMethods: " + string.Join(", ", missing));
        Assert.True(extra.Count == 0, "Not listed by the issue (add it to IssueMethods if intended): " + string.Join(", ", extra));
    }

    [Fact]
    public void Table_AllListsEveryPublicEntry()
    {
        var fields = typeof(ComputeApiMethods).GetFields().Where(f => f.FieldType == typeof(ComputeApiMethod)).Select(f => (ComputeApiMethod)f.GetValue(null)!).ToList();

        Assert.Equal(fields.Count, ComputeApiMethods.All.Count);
        Assert.All(fields, f => Assert.Contains(f, ComputeApiMethods.All));
    }

    [Fact]
    public void Discovery_BaseUrl_MatchesClientDefault()
    {
        Assert.Equal(DiscoveryDocument.Root.GetProperty("baseUrl").GetString(), ComputeClientOptions.DefaultBaseUrl.AbsoluteUri);
        Assert.Equal(JsonValueKind.Object, DiscoveryDocument.Schemas.ValueKind);
    }
}
