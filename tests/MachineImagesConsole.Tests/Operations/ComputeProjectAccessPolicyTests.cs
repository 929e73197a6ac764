using System.Net;
using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Authentication;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Operations;

public sealed class ComputeProjectAccessPolicyTests : IDisposable
{
    private readonly InMemoryConsoleDatabase _database = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly UserSessionStore _store;
    private readonly List<string> _tokensSeen = [];
    private Func<HttpRequestMessage, HttpResponseMessage> _answer = _ => FakeComputeHandler.Json(HttpStatusCode.OK, """{"kind":"compute#operationList","items":[]}""");
    private readonly FakeComputeHandler _handler;

    public ComputeProjectAccessPolicyTests()
    {
        _store = new UserSessionStore(_database, InMemoryConsoleDatabase.EphemeralProtection(), _time);
        _handler = new FakeComputeHandler(request =>
        {
            lock (_tokensSeen) _tokensSeen.Add(request.Headers.Authorization?.Parameter ?? "");
            return Task.FromResult(_answer(request));
        });
    }

    [Fact]
    public async Task CanViewProjectAsync_UserIdentity_AsksComputeWithThePersonsTokenAndCachesTheAnswer()
    {
        var session = await _store.CreateAsync("sub-helpdesk", "helpdesk@example.com", new UserSessionTokens("helpdesk-token", null, _time.Now.AddHours(1)), CancellationToken.None);
        var policy = Policy(ComputeIdentity.User);
        var person = Person(ConsoleRoles.HelpDesk, session);

        Assert.True(await policy.CanViewProjectAsync(person, "acme-prod", CancellationToken.None));
        Assert.True(await policy.CanViewProjectAsync(person, "acme-prod", CancellationToken.None));

        var request = Assert.Single(_handler.Requests);
        Assert.Equal("/compute/v1/projects/acme-prod/global/operations", request.RequestUri!.AbsolutePath);
        Assert.Contains("maxResults=1", request.RequestUri.Query, StringComparison.Ordinal);
        Assert.Equal(["helpdesk-token"], _tokensSeen);

        // After the cache window Compute is asked again.
        _time.Now += TimeSpan.FromSeconds(31);
        Assert.True(await policy.CanViewProjectAsync(person, "acme-prod", CancellationToken.None));
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task CanViewProjectAsync_ComputeSaysForbidden_RefusesAndRemembersIt()
    {
        var session = await _store.CreateAsync("sub-helpdesk", "helpdesk@example.com", new UserSessionTokens("helpdesk-token", null, _time.Now.AddHours(1)), CancellationToken.None);
        _answer = _ => FakeComputeHandler.Json(HttpStatusCode.Forbidden, FakeComputeHandler.ErrorJson(403, "forbidden", "Required 'compute.globalOperations.list' permission for 'projects/acme-staging'"));
        var policy = Policy(ComputeIdentity.User);

        Assert.False(await policy.CanViewProjectAsync(Person(ConsoleRoles.HelpDesk, session), "acme-staging", CancellationToken.None));
        Assert.False(await policy.CanViewProjectAsync(Person(ConsoleRoles.HelpDesk, session), "acme-staging", CancellationToken.None));

        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task CanViewProjectAsync_ComputeUnavailable_RefusesWithoutCaching()
    {
        var session = await _store.CreateAsync("sub-viewer", "viewer@example.com", new UserSessionTokens("viewer-token", null, _time.Now.AddHours(1)), CancellationToken.None);
        _answer = _ => FakeComputeHandler.Json(HttpStatusCode.ServiceUnavailable, FakeComputeHandler.ErrorJson(503, "backendError", "Try again."));
        var policy = Policy(ComputeIdentity.User);

        Assert.False(await policy.CanViewProjectAsync(Person(ConsoleRoles.Viewer, session), "acme-prod", CancellationToken.None));
        _answer = _ => FakeComputeHandler.Json(HttpStatusCode.OK, """{"items":[]}""");
        Assert.True(await policy.CanViewProjectAsync(Person(ConsoleRoles.Viewer, session), "acme-prod", CancellationToken.None));

        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task CanViewProjectAsync_SessionGone_RefusesWithoutCallingCompute()
    {
        var policy = Policy(ComputeIdentity.User);

        Assert.False(await policy.CanViewProjectAsync(Person(ConsoleRoles.Admin, "no-such-session"), "acme-prod", CancellationToken.None));

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task CanViewProjectAsync_NoConsoleRole_RefusesWithoutCallingCompute()
    {
        var session = await _store.CreateAsync("sub-x", "x@example.com", new UserSessionTokens("x-token", null, _time.Now.AddHours(1)), CancellationToken.None);
        var policy = Policy(ComputeIdentity.User);

        Assert.False(await policy.CanViewProjectAsync(Person(role: null, session), "acme-prod", CancellationToken.None));

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task CanViewProjectAsync_ServiceAccountWithPinnedProjects_AllowsOnlyThose()
    {
        var policy = Policy(ComputeIdentity.ServiceAccount, pinned: ["acme-prod", "acme-dr"]);
        var person = Person(ConsoleRoles.Viewer, "any-session");

        Assert.True(await policy.CanViewProjectAsync(person, "acme-dr", CancellationToken.None));
        Assert.False(await policy.CanViewProjectAsync(person, "acme-staging", CancellationToken.None));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task CanViewProjectAsync_ServiceAccountWithoutPinnedProjects_AllowsTheProjectsItCanSee()
    {
        _answer = _ => FakeComputeHandler.Json(HttpStatusCode.OK,
            """{"projects":[{"projectId":"acme-prod","state":"ACTIVE"},{"projectId":"acme-old","state":"DELETE_REQUESTED"}]}""");
        var policy = Policy(ComputeIdentity.ServiceAccount);
        var person = Person(ConsoleRoles.Viewer, "any-session");

        Assert.True(await policy.CanViewProjectAsync(person, "acme-prod", CancellationToken.None));
        Assert.False(await policy.CanViewProjectAsync(person, "acme-old", CancellationToken.None));
        Assert.False(await policy.CanViewProjectAsync(person, "acme-staging", CancellationToken.None));

        Assert.All(_handler.Requests, r => Assert.Equal("/v3/projects:search", r.RequestUri!.AbsolutePath));
        Assert.All(_tokensSeen, t => Assert.Equal("service-account-token", t));
    }

    private ComputeProjectAccessPolicy Policy(ComputeIdentity identity, List<string>? pinned = null)
    {
        var services = new ServiceCollection()
            .AddKeyedSingleton<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount, new DelegateAccessTokenProvider(_ => ValueTask.FromResult("service-account-token")))
            .BuildServiceProvider();
        return new ComputeProjectAccessPolicy(
            TestUsers.AuthorizationService(),
            new FakeComputeClientFactory(_handler),
            new UserSessionAccessTokens(_store, new FakeRefreshTokenGrant(), new SessionRefreshLocks(), _time),
            services,
            Options.Create(new ConsoleOptions { Projects = pinned ?? [], Compute = { Identity = identity.ToString() } }),
            Options.Create(new OperationTrackingOptions()),
            _time,
            NullLogger<ComputeProjectAccessPolicy>.Instance);
    }

    private static ClaimsPrincipal Person(string? role, string sessionId)
    {
        var claims = new List<Claim>
        {
            new(ConsoleClaimTypes.Subject, "sub-" + sessionId),
            new(ConsoleClaimTypes.Email, "person@example.com"),
            new(ConsoleClaimTypes.SessionId, sessionId),
        };
        if (role is not null) claims.Add(new Claim(ConsoleRoles.ClaimType, role));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ConsoleClaimTypes.Name, ConsoleRoles.ClaimType));
    }

    public void Dispose()
    {
        _handler.Dispose();
        _database.Dispose();
    }
}
