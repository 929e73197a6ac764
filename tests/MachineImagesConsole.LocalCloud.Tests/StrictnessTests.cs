using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.LocalCloud.Tests;

/// <summary>
/// What Compute refuses, LocalCloud refuses: 400 with Google's error JSON and the reason, never 5xx, and the store is
/// exactly as before. Plus the shapes Compute accepts that LocalCloud used to refuse or get wrong.
/// </summary>
public sealed class StrictnessTests(InstantServerFixture fixture) : IClassFixture<InstantServerFixture>
{
    private const string Prod = "compute/v1/projects/acme-prod";
    private const string MachineImages = Prod + "/global/machineImages?sourceInstance=zones/us-central1-a/instances/db-primary";

    private LocalCloudServer Server => fixture.Server;

    private string Token => fixture.AutomationToken;

    public static TheoryData<string> BadKmsKeys => new()
    {
        "not-a-key",
        "",
        "https://cloudkms.googleapis.com/v1/projects/acme-prod/locations/us/keyRings/r/cryptoKeys/k",
        "projects/acme-prod/locations/us/keyRings/r/cryptoKeys/" + new string('k', 3000),
        "projects/acme-prod/locations/us/keyRings/r",
        "projects/acme-prod/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/x",
    };

    [Theory]
    [MemberData(nameof(BadKmsKeys))]
    public async Task MachineImageInsert_MalformedKmsKey_Is400InvalidAndWritesNothing(string key)
    {
        var body = new JsonObject { ["name"] = "kms-bad", ["machineImageEncryptionKey"] = new JsonObject { ["kmsKeyName"] = key } };

        await AssertRefusedAsync(HttpMethod.Post, MachineImages, body, "invalid", "kmsKeyName");
    }

    [Fact]
    public async Task ImageInsert_KmsKeyNotAnObject_Is400()
        => await AssertRefusedAsync(HttpMethod.Post, Prod + "/global/images", new JsonObject
        {
            ["name"] = "kms-not-object",
            ["sourceDisk"] = "projects/acme-prod/zones/us-central1-a/disks/web-1",
            ["imageEncryptionKey"] = "projects/acme-prod/locations/us/keyRings/r/cryptoKeys/k",
        }, "invalid", "imageEncryptionKey");

    [Fact]
    public async Task MachineImageInsert_ValidKmsKey_IsKept()
    {
        const string key = "projects/acme-prod/locations/us/keyRings/ring-1/cryptoKeys/key-1";
        var (status, op) = await Server.PostAsync(Prod + "/global/machineImages?sourceInstance=zones/us-central1-a/instances/web-1", Token, new JsonObject { ["name"] = "kms-good", ["machineImageEncryptionKey"] = new JsonObject { ["kmsKeyName"] = key } });
        var (_, image) = await Server.GetAsync(Prod + "/global/machineImages/kms-good", Token);

        Assert.True(status == 200, op?.ToJsonString());
        Assert.Equal(key, (string?)image!["machineImageEncryptionKey"]!["kmsKeyName"]);
    }

    [Theory]
    [InlineData("machineImages")]
    [InlineData("images")]
    public async Task Insert_StorageLocationsAsAString_Is400Invalid(string collection)
    {
        var body = new JsonObject { ["name"] = "locations-string", ["storageLocations"] = "us" };
        if (collection == "images") body["sourceDisk"] = "projects/acme-prod/zones/us-central1-a/disks/web-1";
        var path = collection == "images" ? Prod + "/global/images" : MachineImages;

        await AssertRefusedAsync(HttpMethod.Post, path, body, "invalid", "storageLocations");
    }

    [Theory]
    [InlineData("global/images", "nosuchfield = 1")]
    [InlineData("global/machineImages", "nosuchfield = 1")]
    [InlineData("zones/us-central1-a/instances", "(status = RUNNING) AND (bogus.field = x)")]
    [InlineData("global/images", "creationTimestamp > garbage")]
    [InlineData("global/images", "creationTimestamp < \"not a time\"")]
    [InlineData("global/images", "deprecated.obsolete <= 2026-13-45")]
    public async Task List_FilterOnUnknownFieldOrGarbageTime_Is400Invalid(string collection, string filter)
        => await AssertRefusedAsync(HttpMethod.Get, $"{Prod}/{collection}?filter={Uri.EscapeDataString(filter)}", null, "invalid", "filter");

    [Theory]
    [InlineData("global/images", "creationTimestamp > 2020-01-01")]
    [InlineData("global/images", "labels.env = prod")]
    [InlineData("global/machineImages", "labels.team:*")]
    [InlineData("zones/us-central1-a/instances", "status = RUNNING")]
    public async Task List_FilterOnKnownFields_IsAccepted(string collection, string filter)
    {
        var (status, body) = await Server.GetAsync($"{Prod}/{collection}?filter={Uri.EscapeDataString(filter)}", Token);

        Assert.True(status == 200, body?.ToJsonString());
    }

    [Fact]
    public async Task InstanceInsert_129Disks_Is400Invalid()
    {
        var disks = new JsonArray(new JsonObject { ["boot"] = true, ["initializeParams"] = new JsonObject { ["sourceImage"] = "projects/debian-cloud/global/images/family/debian-12" } });
        for (var i = 1; i < 129; i++) disks.Add(new JsonObject { ["initializeParams"] = new JsonObject { ["diskSizeGb"] = "10" } });
        var body = new JsonObject { ["name"] = "too-many-disks", ["machineType"] = "e2-medium", ["disks"] = disks };

        await AssertRefusedAsync(HttpMethod.Post, Prod + "/zones/us-central1-a/instances", body, "invalid", "128");
    }

    [Theory]
    [InlineData("""{"name":"dup-a","name":"dup-b"}""")]
    [InlineData("""{"name":"dup","labels":{"env":"a","env":"b"}}""")]
    public async Task Insert_DuplicateJsonKey_Is400ParseErrorNot500(string raw)
        => await AssertRefusedAsync(HttpMethod.Post, MachineImages, raw, "parseError", "");

    [Fact]
    public async Task SetLabels_DuplicateJsonKey_Is400ParseErrorNot500()
        => await AssertRefusedAsync(HttpMethod.Post, Prod + "/global/images/acme-web-v070/setLabels",
            """{"labels":{"a":"1","a":"2"},"labelFingerprint":"x"}""", "parseError", "");

    [Fact]
    public async Task Insert_NestedTooDeep_Is400ParseError()
    {
        var raw = "{\"name\":\"deep\",\"x\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}";

        await AssertRefusedAsync(HttpMethod.Post, MachineImages, raw, "parseError", "");
    }

    [Fact]
    public async Task MachineImage_GuestFlushIsInputOnly_NotEchoedOnGet()
    {
        var (status, op) = await Server.PostAsync(Prod + "/global/machineImages?sourceInstance=zones/us-central1-b/instances/web-2", Token, new JsonObject { ["name"] = "flushed", ["guestFlush"] = true });
        var (_, image) = await Server.GetAsync(Prod + "/global/machineImages/flushed", Token);

        Assert.True(status == 200, op?.ToJsonString());
        Assert.False(image!.ContainsKey("guestFlush"), image.ToJsonString());
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("")]
    [InlineData("{}")]
    public async Task ImagesDeprecate_EmptyBodyAsGoogleNodeClientSendsIt_ClearsTheDeprecation(string raw)
    {
        var (status, op) = await Server.SendAsync(HttpMethod.Post, Prod + "/global/images/acme-db-v040/deprecate", Token, raw);
        var (_, image) = await Server.GetAsync(Prod + "/global/images/acme-db-v040", Token);
        await Server.PostAsync(Prod + "/global/images/acme-db-v040/deprecate", Token, new JsonObject { ["state"] = "DEPRECATED" });

        Assert.True(status == 200, op?.ToJsonString());
        Assert.Null(image!["deprecated"]);
    }

    [Fact]
    public async Task AggregatedDisks_ListsDisksByZone()
    {
        var (status, body) = await Server.GetAsync(Prod + "/aggregated/disks", Token);

        Assert.True(status == 200, body?.ToJsonString());
        Assert.Equal("compute#diskAggregatedList", (string?)body!["kind"]);
        Assert.Contains(body["items"]!["zones/us-central1-a"]!["disks"]!.AsArray(), d => (string?)d!["name"] == "web-1");
        Assert.Equal("NO_RESULTS_ON_PAGE", (string?)body["items"]!["zones/asia-east1-b"]!["warning"]!["code"]);
    }

    private async Task AssertRefusedAsync(HttpMethod method, string path, object? body, string reason, string mentions)
    {
        var before = await StoreCounts.SnapshotAsync(Server);

        var (status, error) = await Server.SendAsync(method, path, Token, body);

        Assert.True(status == 400, $"{status}: {error?.ToJsonString()}");
        Assert.Equal(400, (int?)error!["error"]!["code"]);
        Assert.Equal(reason, (string?)error["error"]!["errors"]![0]!["reason"]);
        Assert.Contains(mentions, (string?)error["error"]!["message"] ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await StoreCounts.SnapshotAsync(Server));
    }
}
