using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Faults;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.LocalCloud.Tests.Faults;

/// <summary>Injected faults over real HTTP: what each fault does to the reply, and whether the store was written.</summary>
public sealed class FaultInjectionTests(InstantServerFixture fixture) : IClassFixture<InstantServerFixture>, IDisposable
{
    private const string Prod = "compute/v1/projects/acme-prod";
    private const string Insert = "compute.machineImages.insert";

    private LocalCloudServer Server => fixture.Server;

    private FaultInjector Injector => Server.Services.GetRequiredService<FaultInjector>();

    public void Dispose() => Injector.Clear();

    [Fact]
    public async Task NoRules_ByDefault_NothingIsFaulted()
    {
        Assert.False(Injector.Enabled);

        var (status, op) = await InsertAsync("fault-none", Guid.NewGuid());

        Assert.Equal(200, status);
        Assert.Equal("DONE", (string?)op!["status"]);
        Assert.Empty(Injector.Firings);
    }

    [Fact]
    public async Task ErrorBeforeCommit_Answers503BackendErrorAndWritesNothing()
    {
        Injector.Configure([new FaultRule { Method = Insert, Fault = FaultKind.ErrorBeforeCommit }]);
        var before = await StoreCounts.SnapshotAsync(Server);

        var (status, body) = await InsertAsync("fault-error-before", Guid.NewGuid());

        Assert.Equal(503, status);
        Assert.Equal(503, (int?)body!["error"]!["code"]);
        Assert.Equal("backendError", (string?)body["error"]!["errors"]![0]!["reason"]);
        Assert.Equal(before, await StoreCounts.SnapshotAsync(Server));
        var (getStatus, _) = await Server.GetAsync($"{Prod}/global/machineImages/fault-error-before", fixture.AutomationToken);
        Assert.Equal(404, getStatus);
    }

    [Fact]
    public async Task ErrorAfterCommit_Answers503ButTheResourceExists_AndARetryWithTheSameRequestIdReplaysTheOperation()
    {
        Injector.Configure([new FaultRule { Method = Insert, Fault = FaultKind.ErrorAfterCommit, Status = 500, MaxCount = 1 }]);
        var requestId = Guid.NewGuid();

        var (status, body) = await InsertAsync("fault-error-after", requestId);
        var (getStatus, _) = await Server.GetAsync($"{Prod}/global/machineImages/fault-error-after", fixture.AutomationToken);
        var (retry, op) = await InsertAsync("fault-error-after", requestId);

        Assert.Equal(500, status);
        Assert.Equal("backendError", (string?)body!["error"]!["errors"]![0]!["reason"]);
        Assert.Equal(200, getStatus);
        Assert.Equal(200, retry);
        Assert.Equal("DONE", (string?)op!["status"]);
        Assert.Null(op["error"]);
        Assert.Equal([1], Injector.Counts);
    }

    [Fact]
    public async Task DropBeforeCommit_ResetsTheConnectionAndWritesNothing()
    {
        Injector.Configure([new FaultRule { Method = Insert, Fault = FaultKind.DropBeforeCommit }]);
        var before = await StoreCounts.SnapshotAsync(Server);

        await Assert.ThrowsAsync<HttpRequestException>(() => InsertAsync("fault-drop-before", Guid.NewGuid()));

        Assert.Equal(before, await StoreCounts.SnapshotAsync(Server));
    }

    [Fact]
    public async Task DropAfterCommit_ResetsTheConnectionAfterTheResourceIsCreated()
    {
        Injector.Configure([new FaultRule { Method = Insert, Fault = FaultKind.DropAfterCommit, MaxCount = 1 }]);
        var requestId = Guid.NewGuid();

        await Assert.ThrowsAsync<HttpRequestException>(() => InsertAsync("fault-drop-after", requestId));
        var (getStatus, _) = await Server.GetAsync($"{Prod}/global/machineImages/fault-drop-after", fixture.AutomationToken);
        var (retry, op) = await InsertAsync("fault-drop-after", requestId);

        Assert.Equal(200, getStatus);
        Assert.Equal(200, retry);
        Assert.Null(op!["error"]);
    }

    [Fact]
    public async Task Delay_HoldsTheCallBeforeTheHandler()
    {
        Injector.Configure([new FaultRule { Method = Insert, Fault = FaultKind.Delay, Delay = TimeSpan.FromMilliseconds(700) }]);

        var clock = Stopwatch.StartNew();
        var (status, _) = await InsertAsync("fault-delay", Guid.NewGuid());

        Assert.Equal(200, status);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(650), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task DelayAfterCommit_TheResourceExistsWhileTheReplyIsHeld()
    {
        Injector.Configure([new FaultRule { Method = Insert, Fault = FaultKind.DelayAfterCommit, Delay = TimeSpan.FromSeconds(30) }]);
        var held = InsertAsync("fault-delay-after", Guid.NewGuid());

        var deadline = DateTime.UtcNow.AddSeconds(20);
        var seen = 404;
        while (seen != 200 && DateTime.UtcNow < deadline && !held.IsCompleted)
        {
            (seen, _) = await Server.GetAsync($"{Prod}/global/machineImages/fault-delay-after", fixture.AutomationToken);
            if (seen != 200) await Task.Delay(50);
        }

        Assert.Equal(200, seen);
        Assert.False(held.IsCompleted, "the reply should still be held");
        Injector.Clear();
        var (status, _) = await held;
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Rules_ApplyOnlyToTheirMethod()
    {
        Injector.Configure([new FaultRule { Method = "compute.images.*", Fault = FaultKind.ErrorBeforeCommit }]);

        var (mi, _) = await InsertAsync("fault-other-method", Guid.NewGuid());
        var (images, _) = await Server.GetAsync($"{Prod}/global/images", fixture.AutomationToken);

        Assert.Equal(200, mi);
        Assert.Equal(503, images);
    }

    [Fact]
    public async Task TestControlEndpoint_ConfiguresReportsAndClears()
    {
        using var put = await Server.Http.PutAsync("localcloud/test/faults", new StringContent(
            """{"rules":[{"method":"compute.images.list","fault":"ErrorBeforeCommit","status":429}],"seed":7}""", Encoding.UTF8, "application/json"));
        var (listed, body) = await Server.GetAsync($"{Prod}/global/images", fixture.AutomationToken);
        var report = JsonNode.Parse(await Server.Http.GetStringAsync("localcloud/test/faults"))!;
        using var delete = await Server.Http.DeleteAsync("localcloud/test/faults");
        var (after, _) = await Server.GetAsync($"{Prod}/global/images", fixture.AutomationToken);

        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        Assert.Equal(429, listed);
        Assert.Equal("rateLimitExceeded", (string?)body!["error"]!["errors"]![0]!["reason"]);
        Assert.Equal(1, (int?)report["fired"]!["ErrorBeforeCommit"]);
        Assert.Equal(200, after);
        Assert.False(Injector.Enabled);
    }

    [Fact]
    public async Task TestControlEndpoint_BadRule_Answers400AndKeepsTheRules()
    {
        using var put = await Server.Http.PutAsync("localcloud/test/faults", new StringContent(
            """{"rules":[{"method":"*","fault":"ErrorBeforeCommit","rate":2}]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(400, (int)put.StatusCode);
        Assert.Contains("Rate", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Injector.Enabled);
    }

    private async Task<(int Status, JsonObject? Body)> InsertAsync(string name, Guid requestId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"{Prod}/global/machineImages?sourceInstance=zones/us-central1-a/instances/db-primary&requestId={requestId}")
        {
            Content = new StringContent(new JsonObject { ["name"] = name }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.AutomationToken);
        using var response = await Server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject);
    }
}
