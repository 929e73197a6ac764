using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.LocalCloud.Tests;

public sealed class ImagesTests(InstantServerFixture fixture) : IClassFixture<InstantServerFixture>
{
    private LocalCloudServer Server => fixture.Server;
    private string Token => fixture.AutomationToken;
    private const string Images = "compute/v1/projects/acme-prod/global/images";

    [Fact]
    public async Task List_FilterAndPaging_WalksEveryMatchOnce()
    {
        var names = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var (status, body) = await Server.GetAsync($"{Images}?filter={Uri.EscapeDataString("family = acme-web")}&maxResults=25" + (token is null ? "" : "&pageToken=" + token), Token);
            Assert.Equal(200, status);
            names.AddRange(body!["items"]!.AsArray().Select(i => (string)i!["name"]!));
            token = (string?)body["nextPageToken"];
            pages++;
        }
        while (token is not null);
        Assert.Equal(70, names.Count);
        Assert.Equal(70, names.Distinct().Count());
        Assert.Equal(3, pages);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task List_AllProdImages_HasSeveralHundredAndPages()
    {
        var (_, first) = await Server.GetAsync(Images, Token);
        Assert.InRange(first!["items"]!.AsArray().Count, 300, 500);
        Assert.False(first.ContainsKey("nextPageToken"));
        Assert.Equal("compute#imageList", (string?)first["kind"]);
    }

    [Fact]
    public async Task List_NoMatches_OmitsItemsAndNextPageToken()
    {
        var (status, body) = await Server.GetAsync($"{Images}?filter={Uri.EscapeDataString("name = no-such-image")}", Token);
        Assert.Equal(200, status);
        Assert.False(body!.ContainsKey("items"));
        Assert.False(body.ContainsKey("nextPageToken"));
    }

    [Theory]
    [InlineData("orderBy=family")]
    [InlineData("maxResults=501")]
    [InlineData("pageToken=garbage")]
    public async Task List_BadListParameters_Return400(string query)
    {
        var (status, body) = await Server.GetAsync($"{Images}?{query}", Token);
        Assert.Equal(400, status);
        Assert.Equal("invalid", (string?)body!["error"]!["errors"]![0]!["reason"]);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("creationTimestamp desc")]
    public async Task List_UnfilteredPagesFromTheStore_SameSequenceAsTheFilteredInMemoryPath(string orderBy)
    {
        // No filter: ordered and paged in SQL. A filter that matches everything: every document parsed and sorted in memory.
        var unfiltered = await WalkAsync($"orderBy={Uri.EscapeDataString(orderBy)}&maxResults=40");
        var filtered = await WalkAsync($"orderBy={Uri.EscapeDataString(orderBy)}&maxResults=40&filter={Uri.EscapeDataString("name != no-such-image")}");

        Assert.True(unfiltered.Count > 200);
        Assert.Equal(filtered, unfiltered);
    }

    private async Task<List<string>> WalkAsync(string query)
    {
        var names = new List<string>();
        string? token = null;
        do
        {
            var (status, body) = await Server.GetAsync($"{Images}?{query}" + (token is null ? "" : "&pageToken=" + token), Token);
            Assert.Equal(200, status);
            names.AddRange(body!["items"]!.AsArray().Select(i => (string)i!["name"]!));
            token = (string?)body["nextPageToken"];
        }
        while (token is not null);
        return names;
    }

    [Fact]
    public async Task List_OrderByCreationTimestampDesc_NewestFirst()
    {
        var (_, body) = await Server.GetAsync($"{Images}?orderBy={Uri.EscapeDataString("creationTimestamp desc")}&maxResults=50", Token);
        var stamps = body!["items"]!.AsArray().Select(i => DateTimeOffset.Parse((string)i!["creationTimestamp"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(stamps.OrderDescending(), stamps);
    }

    [Fact]
    public async Task GetFromFamily_ReturnsNewestNonDeprecated()
    {
        var (status, body) = await Server.GetAsync($"{Images}/family/acme-db", Token);
        Assert.Equal(200, status);
        Assert.Equal("acme-db-v050", (string?)body!["name"]);
        Assert.StartsWith(Server.BaseAddress + "compute/v1/projects/acme-prod/global/images/", (string?)body["selfLink"]);
        Assert.Equal(System.Text.Json.JsonValueKind.String, body["id"]!.GetValueKind());
    }

    [Fact]
    public async Task Insert_SameRequestIdTwice_ReturnsFirstOperationAndCreatesOnce()
    {
        var requestId = Guid.NewGuid();
        var image = new JsonObject { ["name"] = "replayed-image", ["rawDisk"] = new JsonObject { ["source"] = "gs://acme-builds/replayed.tar.gz" } };
        var (s1, op1) = await Server.PostAsync($"{Images}?requestId={requestId}", Token, image);
        var before = await StoreCounts.SnapshotAsync(Server);
        var (s2, op2) = await Server.PostAsync($"{Images}?requestId={requestId}", Token, image);
        Assert.Equal(200, s1);
        Assert.Equal(200, s2);
        Assert.Equal((string?)op1!["name"], (string?)op2!["name"]);
        Assert.Equal(requestId.ToString(), (string?)op1["clientOperationId"]);
        Assert.Equal(before, await StoreCounts.SnapshotAsync(Server));
    }

    [Theory]
    [InlineData("{\"name\": \"Bad_Name\", \"rawDisk\": {\"source\": \"gs://b/o.tar.gz\"}}", 400, "invalid")]
    [InlineData("{\"name\": \"ok-name\" ", 400, "parseError")]
    [InlineData("{\"name\": \"ok-name\", \"rawDisk\": {\"source\": \"http://example.com/o.tar.gz\"}}", 400, "invalid")]
    [InlineData("{\"name\": \"ok-name\", \"rawDisk\": {\"source\": \"gs://b/o.tar.gz\"}, \"sourceImage\": \"projects/debian-cloud/global/images/family/debian-12\"}", 400, "invalid")]
    [InlineData("{\"name\": \"ok-name\"}", 400, "invalid")]
    [InlineData("{\"name\": \"ok-name\", \"rawDisk\": {\"source\": \"gs://b/o.tar.gz\"}, \"labels\": {\"Env\": \"x\"}}", 400, "invalid")]
    [InlineData("{\"name\": \"ok-name\", \"rawDisk\": {\"source\": \"gs://b/o.tar.gz\"}, \"diskSizeGb\": \"20000\"}", 400, "invalid")]
    [InlineData("{\"name\": \"acme-db-v001\", \"rawDisk\": {\"source\": \"gs://b/o.tar.gz\"}}", 409, "alreadyExists")]
    [InlineData("{\"name\": \"ok-name\", \"sourceDisk\": \"zones/us-central1-a/disks/no-such-disk\"}", 404, "notFound")]
    public async Task Insert_BadInput_ReturnsErrorAndWritesNothing(string json, int expectedStatus, string expectedReason)
    {
        var before = await StoreCounts.SnapshotAsync(Server);
        var (status, body) = await Server.PostAsync(Images, Token, json);
        Assert.Equal(expectedStatus, status);
        Assert.Equal(expectedReason, (string?)body!["error"]!["errors"]![0]!["reason"]);
        Assert.Equal(before, await StoreCounts.SnapshotAsync(Server));
    }

    [Fact]
    public async Task Insert_ZeroRequestId_Returns400()
    {
        var (status, body) = await Server.PostAsync($"{Images}?requestId=00000000-0000-0000-0000-000000000000", Token,
            new JsonObject { ["name"] = "zero-rid", ["rawDisk"] = new JsonObject { ["source"] = "gs://b/o.tar.gz" } });
        Assert.Equal(400, status);
        Assert.Contains("requestId", (string?)body!["error"]!["message"]);
    }

    [Fact]
    public async Task Insert_FromDeprecatedImage_WarnsAndObsoleteFails()
    {
        var (ok, op) = await Server.PostAsync(Images, Token, new JsonObject { ["name"] = "from-deprecated", ["sourceImage"] = "projects/acme-prod/global/images/acme-db-v040" });
        Assert.Equal(200, ok);
        Assert.Equal("DEPRECATED_RESOURCE_USED", (string?)op!["warnings"]![0]!["code"]);

        var (bad, error) = await Server.PostAsync(Images, Token, new JsonObject { ["name"] = "from-obsolete", ["sourceImage"] = "projects/acme-prod/global/images/acme-db-v010" });
        Assert.Equal(400, bad);
        Assert.Contains("OBSOLETE", (string?)error!["error"]!["message"]);
    }

    [Fact]
    public async Task Deprecate_ThenClear_ChangesStateAndGetFromFamily()
    {
        var path = $"{Images}/acme-batch-v055";
        var (s1, op) = await Server.PostAsync(path + "/deprecate", Token, new JsonObject { ["state"] = "DEPRECATED", ["replacement"] = "projects/acme-prod/global/images/acme-batch-v054" });
        Assert.Equal(200, s1);
        Assert.Equal("DONE", (string?)op!["status"]);
        var (_, family) = await Server.GetAsync($"{Images}/family/acme-batch", Token);
        Assert.Equal("acme-batch-v054", (string?)family!["name"]);
        await Server.PostAsync(path + "/deprecate", Token, "");
        var (_, image) = await Server.GetAsync(path, Token);
        Assert.Null(image!["deprecated"]);
    }

    [Fact]
    public async Task SetLabels_StaleFingerprint_Returns412()
    {
        var path = $"{Images}/one-off-07";
        var (_, image) = await Server.GetAsync(path, Token);
        var fingerprint = (string?)image!["labelFingerprint"];
        var (s1, _) = await Server.PostAsync(path + "/setLabels", Token, new JsonObject { ["labels"] = new JsonObject { ["team"] = "sre" }, ["labelFingerprint"] = fingerprint });
        Assert.Equal(200, s1);
        var (s2, body) = await Server.PostAsync(path + "/setLabels", Token, new JsonObject { ["labels"] = new JsonObject { ["team"] = "web" }, ["labelFingerprint"] = fingerprint });
        Assert.Equal(412, s2);
        Assert.Equal("conditionNotMet", (string?)body!["error"]!["errors"]![0]!["reason"]);
        var (_, after) = await Server.GetAsync($"{Images}?filter={Uri.EscapeDataString("labels.team = sre")}", Token);
        Assert.Contains(after!["items"]!.AsArray(), i => (string?)i!["name"] == "one-off-07");
    }
}
