using System.Net;
using System.Text.RegularExpressions;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Authentication;

/// <summary>Sign-out ends the session's live hub connections; hub and circuit endpoints refuse foreign origins.</summary>
public sealed partial class SignOutConnectionsTests(LocalCloudConsoleFixture fixture) : IClassFixture<LocalCloudConsoleFixture>
{
    [Fact]
    public async Task SignOut_OpenHubConnectionOfTheSession_IsClosedAndItsSubscriptionsDropped()
    {
        var cookies = new CookieContainer();
        var (client, _) = await fixture.SignInAsync("admin@example.com", "", cookies);
        using var __ = client;
        var connections = fixture.Console.App.Services.GetRequiredService<SessionConnections>();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.BaseUrl, OperationsHub.Path.TrimStart('/')), o => o.Cookies = cookies)
            .Build();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        };
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeProject", "acme-prod");
        var sessionId = await SessionIdAsync("admin@example.com");
        Assert.Equal(1, connections.Count(sessionId));

        using var page = await client.GetAsync(new Uri(fixture.BaseUrl, "account/access-denied"));
        var token = AntiforgeryRegex().Match(await page.Content.ReadAsStringAsync()).Groups["value"].Value;
        using var signedOut = await client.PostAsync(new Uri(fixture.BaseUrl, "account/signout"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/account/signed-out", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        var finished = await Task.WhenAny(closed.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(closed.Task, finished);
        Assert.Equal(HubConnectionState.Disconnected, hub.State);
        Assert.Equal(0, connections.Count(sessionId));
    }

    [Theory]
    [InlineData("hubs/operations/negotiate?negotiateVersion=1")]
    [InlineData("_blazor/negotiate?negotiateVersion=1")]
    public async Task RealtimeEndpoint_ForeignOrigin_Is403(string path)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.BaseUrl, path));
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task BlazorNegotiate_ConsolesOwnOrigin_IsAccepted()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.BaseUrl, "_blazor/negotiate?negotiateVersion=1"));
        request.Headers.Add("Origin", fixture.Console.Endpoints.PublicUrl.GetLeftPart(UriPartial.Authority));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost:5080", "http://localhost:5080", true)]
    [InlineData("http://LOCALHOST:5080", "http://localhost:5080", true)]
    [InlineData("http://localhost:5081", "http://localhost:5080", false)]
    [InlineData("https://localhost:5080", "http://localhost:5080", false)]
    [InlineData("null", "http://localhost:5080", false)]
    [InlineData("http://localhost:5080.evil.example", "http://localhost:5080", false)]
    public void IsAllowed_OnlyTheExactPublicOrigin(string origin, string expected, bool allowed)
        => Assert.Equal(allowed, RealtimeOriginCheck.IsAllowed(origin, expected));

    private async Task<string> SessionIdAsync(string email)
    {
        var factory = fixture.Console.App.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var record = await db.UserSessions.AsNoTracking().OrderByDescending(s => s.CreatedAt).FirstAsync(s => s.Email == email);
        return record.Id;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" (?:type=\"hidden\" )?value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryRegex();
}
