using MachineImagesConsole.Compute.Tests.Fakes;

namespace MachineImagesConsole.Compute.Tests.Resources;

public sealed class ListTests
{
    [Fact]
    public async Task ListAsync_FollowsNextPageToken_AndSendsListParameters()
    {
        var handler = new FakeHttpHandler()
            .EnqueueJson("""{"items":[{"name":"a"},{"name":"b"}],"nextPageToken":"t1"}""")
            .EnqueueJson("""{"items":[{"name":"c"}],"nextPageToken":"t2"}""")
            .EnqueueJson("""{"kind":"compute#machineImageList"}""");
        var client = TestClients.Plain(handler);
        var options = new ListOptions { Filter = "labels.env = prod", OrderBy = "creationTimestamp desc", MaxResults = 2, ReturnPartialSuccess = true };

        var names = new List<string?>();
        await foreach (var image in client.MachineImages.ListAsync("p", options)) names.Add(image.Name);

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(3, handler.Count);
        Assert.All(handler.Requests, r =>
        {
            Assert.Equal("labels.env = prod", r.Query("filter"));
            Assert.Equal("creationTimestamp desc", r.Query("orderBy"));
            Assert.Equal("2", r.Query("maxResults"));
            Assert.Equal("true", r.Query("returnPartialSuccess"));
        });
        Assert.Equal([null, "t1", "t2"], handler.Requests.Select(r => r.Query("pageToken")));
    }

    [Fact]
    public async Task ListPageAsync_ReturnsOnePageWithTokenAndWarning()
    {
        var handler = new FakeHttpHandler().EnqueueJson("""{"items":[{"name":"z1"}],"nextPageToken":"next","warning":{"code":"UNREACHABLE","message":"zone down"}}""");
        var client = TestClients.Plain(handler);

        var page = await client.Zones.ListPageAsync("p", new ListOptions { PageToken = "start" });

        Assert.Equal("z1", Assert.Single(page.Items).Name);
        Assert.Equal("next", page.NextPageToken);
        Assert.Equal("UNREACHABLE", page.Warning!.Code);
        Assert.Equal("start", handler.Requests[0].Query("pageToken"));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ListAsync_RepeatedToken_StopsInsteadOfLooping()
    {
        var handler = new FakeHttpHandler { Fallback = _ => FakeHttpHandler.Json("""{"items":[{"name":"x"}],"nextPageToken":"same"}""") };
        var client = TestClients.Plain(handler);

        await Assert.ThrowsAsync<MachineImagesConsole.Compute.Errors.ComputeApiException>(async () =>
        {
            await foreach (var _ in client.Images.ListAsync("p")) { }
        });
        Assert.Equal(2, handler.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    [InlineData(-1)]
    public void ListOptions_MaxResultsOutOfRange_Throws(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ListOptions { MaxResults = value });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    public void ListOptions_MaxResultsInRange_IsKept(int value)
    {
        Assert.Equal(value, new ListOptions { MaxResults = value }.MaxResults);
    }

    [Fact]
    public async Task AggregatedListAsync_YieldsScopeAndInstance_AcrossPages()
    {
        var handler = new FakeHttpHandler()
            .EnqueueJson("""{"items":{"zones/a":{"instances":[{"name":"vm-1"}]},"zones/b":{"warning":{"code":"NO_RESULTS_ON_PAGE"}}},"nextPageToken":"p2"}""")
            .EnqueueJson("""{"items":{"zones/c":{"instances":[{"name":"vm-2"},{"name":"vm-3"}]}}}""");
        var client = TestClients.Plain(handler);

        var seen = new List<string>();
        await foreach (var (scope, instance) in client.Instances.AggregatedListAsync("p", new ListOptions { Filter = "status = RUNNING" }))
            seen.Add($"{scope}:{instance.Name}");

        Assert.Equal(["zones/a:vm-1", "zones/c:vm-2", "zones/c:vm-3"], seen);
        Assert.Equal("/compute/v1/projects/p/aggregated/instances", handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal("p2", handler.Requests[1].Query("pageToken"));
        Assert.Equal("status = RUNNING", handler.Requests[1].Query("filter"));
    }

    [Fact]
    public async Task ResourceManagerSearch_PagesAtOriginRoot()
    {
        var handler = new FakeHttpHandler()
            .EnqueueJson("""{"projects":[{"name":"projects/1","projectId":"acme-prod","displayName":"Prod","state":"ACTIVE"}],"nextPageToken":"n"}""")
            .EnqueueJson("""{"projects":[{"name":"projects/2","projectId":"acme-dr","state":"ACTIVE"}]}""");
        var client = TestClients.Plain(handler);

        var ids = new List<string?>();
        await foreach (var project in client.ResourceManager.SearchProjectsAsync("state:ACTIVE")) ids.Add(project.ProjectId);

        Assert.Equal(["acme-prod", "acme-dr"], ids);
        Assert.Equal("https://crm.test/v3/projects:search?query=state%3AACTIVE", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("n", handler.Requests[1].Query("pageToken"));
    }

    [Fact]
    public async Task GlobalOperationsAggregatedListAsync_YieldsScopeAndOperation_AcrossPages()
    {
        var handler = new FakeHttpHandler()
            .EnqueueJson("""{"kind":"compute#operationAggregatedList","items":{"global":{"operations":[{"name":"op-g","status":"DONE"}]},"zones/us-central1-a":{"warning":{"code":"NO_RESULTS_ON_PAGE"}}},"nextPageToken":"p2"}""")
            .EnqueueJson("""{"items":{"regions/us-central1":{"operations":[{"name":"op-r"}]},"zones/us-east1-b":{"operations":[{"name":"op-z","progress":40}]}}}""");
        var client = TestClients.Plain(handler);

        var seen = new List<string>();
        await foreach (var (scope, operation) in client.GlobalOperations.AggregatedListAsync("p", new ListOptions { OrderBy = "creationTimestamp desc" }))
            seen.Add($"{scope}:{operation.Name}");

        Assert.Equal(["global:op-g", "regions/us-central1:op-r", "zones/us-east1-b:op-z"], seen);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("/compute/v1/projects/p/aggregated/operations", handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal("p2", handler.Requests[1].Query("pageToken"));
        Assert.Equal("creationTimestamp desc", handler.Requests[1].Query("orderBy"));
    }

    [Fact]
    public async Task GlobalOperationsAggregatedListPageAsync_ReadsUnreachables()
    {
        var handler = new FakeHttpHandler()
            .EnqueueJson("""{"items":{},"unreachables":["zones/us-west1-a"]}""");
        var client = TestClients.Plain(handler);

        var page = await client.GlobalOperations.AggregatedListPageAsync("p");

        Assert.Equal(["zones/us-west1-a"], page.Unreachables);
        Assert.Empty(page.Items!);
    }
}
