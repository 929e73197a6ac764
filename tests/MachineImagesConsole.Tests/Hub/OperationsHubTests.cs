using System.Threading.Channels;
using MachineImagesConsole.Model.Operations;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace MachineImagesConsole.Tests.Hub;

/// <summary>A real SignalR client against <c>/hubs/operations</c> on a running console with LocalCloud.</summary>
public sealed class OperationsHubTests(RunningConsoleFixture fixture) : IClassFixture<RunningConsoleFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private RunningConsole Console => fixture.Console;

    [Fact]
    public async Task SubscribeProject_SignedInViewer_ReceivesTheOperationsProgressUntilDone()
    {
        var cookies = await Console.SignInAsync("viewer@example.com");
        await using var hub = Console.NewHubConnection(cookies);
        var received = Channel.CreateUnbounded<OperationProgress>();
        hub.On<OperationProgress>(OperationsHub.ProgressMethod, p => received.Writer.TryWrite(p));
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeProject", "acme-prod");

        var (_, operation) = await Console.StartTrackedMachineImageAsync("hub-progress-" + Guid.NewGuid().ToString("N")[..6]);

        var sequence = await ReadUntilDoneAsync(received.Reader, operation.Name);
        Assert.True(sequence.Count >= 2, $"Expected the start and the end at least, got {sequence.Count} messages.");
        for (var i = 1; i < sequence.Count; i++)
        {
            Assert.True(OperationFormat.Rank(sequence[i].Status) >= OperationFormat.Rank(sequence[i - 1].Status),
                $"Status went back: {sequence[i - 1].Status} -> {sequence[i].Status}");
            Assert.True(sequence[i].ProgressPercent >= sequence[i - 1].ProgressPercent,
                $"Progress went back: {sequence[i - 1].ProgressPercent} -> {sequence[i].ProgressPercent}");
        }
        Assert.Contains(sequence, p => p.Status == "RUNNING"); // the tracker reads progress while operations.wait blocks
        var last = sequence[^1];
        Assert.Equal("DONE", last.Status);
        Assert.True(last.Done);
        Assert.Equal(100, last.ProgressPercent);
        Assert.Empty(last.ErrorReasons);
        Assert.Equal("operator@example.com", last.User);
        Assert.Equal("acme-prod", last.Project);
        Assert.Equal("insert", last.OperationType);
        Assert.EndsWith("/machineImages/" + OperationTarget.Parse(last.TargetLink)!.Name, last.TargetLink, StringComparison.Ordinal);
        Assert.True(last.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public async Task SubscribeOperation_AfterItFinished_ReceivesItsDoneStateAtOnce()
    {
        var (_, operation) = await Console.StartTrackedMachineImageAsync("hub-snapshot-" + Guid.NewGuid().ToString("N")[..6]);
        var done = Channel.CreateUnbounded<OperationProgress>();
        await foreach (var p in Console.Tracker.SubscribeAsync("acme-prod", operation.Name, new CancellationTokenSource(Patience).Token))
        {
            if (p.Done) break;
        }

        var cookies = await Console.SignInAsync("operator@example.com");
        await using var hub = Console.NewHubConnection(cookies);
        hub.On<OperationProgress>(OperationsHub.ProgressMethod, p => done.Writer.TryWrite(p));
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeOperation", "acme-prod", operation.Name);

        var first = await done.Reader.ReadAsync(new CancellationTokenSource(Patience).Token);
        Assert.Equal(operation.Name, first.OperationName);
        Assert.Equal("DONE", first.Status);
        Assert.Equal(100, first.ProgressPercent);
    }

    [Fact]
    public async Task SubscribeOperation_WatchesItUntilUnsubscribedOrDisconnected()
    {
        // A hub client watching an operation makes the tracker read it every 500 ms (adaptive reads): only while subscribed.
        var name = "operation-watch-" + Guid.NewGuid().ToString("N")[..8];
        var cookies = await Console.SignInAsync("viewer@example.com");
        var hub = Console.NewHubConnection(cookies);
        await hub.StartAsync();
        Assert.False(Console.Tracker.IsWatched("acme-prod", name));

        await hub.InvokeAsync("SubscribeOperation", "acme-prod", name);
        Assert.True(Console.Tracker.IsWatched("acme-prod", name));
        await hub.InvokeAsync("UnsubscribeOperation", "acme-prod", name);
        Assert.False(Console.Tracker.IsWatched("acme-prod", name));

        await hub.InvokeAsync("SubscribeOperation", "acme-prod", name);
        Assert.True(Console.Tracker.IsWatched("acme-prod", name));
        await hub.DisposeAsync(); // disconnected: the server lets go of its watches
        using var timeout = new CancellationTokenSource(Patience);
        while (Console.Tracker.IsWatched("acme-prod", name)) await Task.Delay(20, timeout.Token);
    }

    [Fact]
    public async Task Connect_Anonymous_IsRefusedWith401()
    {
        await using var hub = Console.NewHubConnection(cookies: null);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(HubConnectionState.Disconnected, hub.State);
    }

    [Fact]
    public async Task Negotiate_Anonymous_Returns401NotARedirectToTheIssuer()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await client.PostAsync(new Uri(Console.BaseUrl, "hubs/operations/negotiate?negotiateVersion=1"), null);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Page_Anonymous_IsStillSentToTheIssuer()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(Console.BaseUrl, "operations"));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Console.LocalCloudUrl.GetLeftPart(UriPartial.Authority), response.Headers.Location!.GetLeftPart(UriPartial.Authority));
    }

    [Fact]
    public async Task SubscribeProject_ProjectThePersonHasNoRoleOn_ThrowsHubExceptionAndJoinsNothing()
    {
        // helpdesk@example.com: roles/viewer on acme-prod, nothing on acme-staging (LocalCloud's demo world).
        var cookies = await Console.SignInAsync("helpdesk@example.com");
        await using var hub = Console.NewHubConnection(cookies);
        var received = Channel.CreateUnbounded<OperationProgress>();
        hub.On<OperationProgress>(OperationsHub.ProgressMethod, p => received.Writer.TryWrite(p));
        await hub.StartAsync();

        var (_, operation) = await Console.StartTrackedMachineImageAsync(
            "hub-denied-" + Guid.NewGuid().ToString("N")[..6], project: "acme-staging", sourceInstance: "zones/us-central1-a/instances/staging-web-1");

        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeProject", "acme-staging"));
        Assert.Contains("acme-staging", error.Message, StringComparison.Ordinal);
        var again = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SubscribeOperation", "acme-staging", operation.Name));
        Assert.Contains("may not view", again.Message, StringComparison.Ordinal);

        // The same person may follow the project they can see, on the same connection.
        await hub.InvokeAsync("SubscribeProject", "acme-prod");

        await foreach (var p in Console.Tracker.SubscribeAsync("acme-staging", operation.Name, new CancellationTokenSource(Patience).Token))
        {
            if (p.Done) break;
        }
        // Messages on one connection are ordered: after this round trip, anything broadcast for acme-staging would be here.
        await hub.InvokeAsync("UnsubscribeProject", "acme-dr");
        while (received.Reader.TryRead(out var message))
        {
            Assert.NotEqual("acme-staging", message.Project);
        }
        Assert.Equal(HubConnectionState.Connected, hub.State);
    }

    [Theory]
    [InlineData("SubscribeProject", new[] { "Acme_Prod!" })]
    [InlineData("SubscribeProject", new[] { "" })]
    [InlineData("SubscribeOperation", new[] { "acme-prod", "../../etc" })]
    [InlineData("SubscribeOperation", new[] { "not a project", "operation-1" })]
    public async Task Subscribe_BadInput_ThrowsHubExceptionAndJoinsNothing(string method, string[] arguments)
    {
        var cookies = await Console.SignInAsync("viewer@example.com");
        await using var hub = Console.NewHubConnection(cookies);
        var received = Channel.CreateUnbounded<OperationProgress>();
        hub.On<OperationProgress>(OperationsHub.ProgressMethod, p => received.Writer.TryWrite(p));
        await hub.StartAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeCoreAsync(method, [.. arguments.Cast<object?>()]));
        Assert.Contains("not a valid", error.Message.Replace("is required", "not a valid", StringComparison.Ordinal), StringComparison.Ordinal);

        // Joined nothing: an operation that runs now in a valid project reaches other subscribers, not this connection.
        var (_, operation) = await Console.StartTrackedMachineImageAsync("hub-bad-" + Guid.NewGuid().ToString("N")[..6]);
        await foreach (var p in Console.Tracker.SubscribeAsync("acme-prod", operation.Name, new CancellationTokenSource(Patience).Token))
        {
            if (p.Done) break;
        }
        // The hub broadcast of DONE happens on the same update the tracker subscriber saw; a round trip to the hub
        // after it (messages on one connection are ordered) proves nothing was queued for this connection.
        await hub.InvokeAsync("UnsubscribeProject", "acme-staging");
        Assert.False(received.Reader.TryRead(out var stray), $"Received {stray}");
        Assert.Equal(HubConnectionState.Connected, hub.State);
    }

    private static async Task<List<OperationProgress>> ReadUntilDoneAsync(ChannelReader<OperationProgress> reader, string operationName)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var sequence = new List<OperationProgress>();
        while (true)
        {
            var progress = await reader.ReadAsync(timeout.Token);
            if (progress.OperationName != operationName) continue;
            sequence.Add(progress);
            if (progress.Done) return sequence;
        }
    }
}
