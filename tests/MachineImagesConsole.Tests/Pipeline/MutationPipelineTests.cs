using System.Net;
using System.Security.Claims;
using System.Web;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Pipeline;

#pragma warning disable CA1001 // xunit disposes the fields through IAsyncLifetime.DisposeAsync
public sealed class MutationPipelineTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Project = "acme-prod";
    private TestDatabase _database = null!;
    private OperationTracker _tracker = null!;
    private readonly FakeOperationWaiter _waiter = new();
    private readonly List<string> _events = [];
    private Func<HttpRequestMessage, Task<HttpResponseMessage>> _respond = null!;
    private FakeComputeHandler _handler = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var cache = new ComputeListCache(TimeProvider.System, Options.Create(new ComputeSessionOptions()));
        _tracker = new OperationTracker(_database, _waiter, [new OperationCompletion(new AuditLog(_database, TimeProvider.System), cache)], TimeProvider.System,
            Options.Create(new OperationTrackingOptions()), NullLogger<OperationTracker>.Instance);
        _handler = new FakeComputeHandler(request => _respond(request));
    }

    public async Task DisposeAsync()
    {
        await _tracker.DisposeAsync();
        _handler.Dispose();
        await _database.DisposeAsync();
    }

    private MutationPipeline PipelineFor(ClaimsPrincipal user)
    {
        var services = new ServiceCollection()
            .AddSingleton<IAccessTokenProvider>(new DelegateAccessTokenProvider(_ => ValueTask.FromResult("user-token")))
            .BuildServiceProvider();
        var auth = new FakeAuthenticationStateProvider(user);
        var cache = new ComputeListCache(TimeProvider.System, Options.Create(new ComputeSessionOptions()));
        var session = new ComputeSession(services, new FakeComputeClientFactory(_handler), auth, cache, Options.Create(new ComputeSessionOptions()));
        return new MutationPipeline(auth, TestUsers.AuthorizationService(), new AuditLog(_database, TimeProvider.System), session, _tracker, cache,
            new MutationJournal(new AuditLog(_database, TimeProvider.System), new StoredRequestProtection(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider())), NullLogger<MutationPipeline>.Instance);
    }

    private static MutationCommand InsertCommand() => MutationCommand.ForOperation(
        ConsoleActions.MachineImagesInsert, Project, "nightly",
        new { name = "nightly", sourceInstance = "zones/us-central1-a/instances/web-1" },
        (client, requestId, ct) => client.MachineImages.InsertAsync(Project, new MachineImage { Name = "nightly" }, "zones/us-central1-a/instances/web-1", requestId, ct));

    private async Task<List<AuditRecord>> AuditAsync()
    {
        await using var db = await _database.CreateDbContextAsync();
        return await db.AuditRecords.OrderBy(r => r.Id).ToListAsync();
    }

    private static string? RequestIdOf(HttpRequestMessage request) => HttpUtility.ParseQueryString(request.RequestUri!.Query)["requestId"];

    [Fact]
    public async Task ExecuteAsync_RoleNotAllowed_AuditsDeniedAndNeverCallsCompute()
    {
        _respond = _ => throw new InvalidOperationException("Compute must not be called.");
        var pipeline = PipelineFor(TestUsers.Viewer);

        var error = await Assert.ThrowsAsync<ConsoleForbiddenException>(() => pipeline.ExecuteAsync(InsertCommand(), default));

        Assert.Contains("Viewer", error.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
        var record = Assert.Single(await AuditAsync());
        Assert.Equal(AuditOutcome.Denied, record.Outcome);
        Assert.Equal("viewer@example.com", record.ActorEmail);
        Assert.Equal(ConsoleActions.MachineImagesInsert, record.Action);
    }

    [Fact]
    public async Task ExecuteAsync_Allowed_WritesAuditBeforeCallingComputeThenTracks()
    {
        _respond = async request =>
        {
            await using var db = await _database.CreateDbContextAsync();
            var pending = await db.AuditRecords.SingleOrDefaultAsync(r => r.Outcome == AuditOutcome.Pending);
            lock (_events) _events.Add(pending is not null && pending.RequestId.ToString() == RequestIdOf(request) ? "audit-before-call" : "no-audit");
            return FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson("operation-1", "RUNNING"));
        };
        var command = InsertCommand();

        var result = await PipelineFor(TestUsers.Operator).ExecuteAsync(command, default);

        Assert.Equal(["audit-before-call"], _events);
        Assert.Equal(MutationOutcome.Submitted, result.Outcome);
        Assert.Equal("operation-1", result.OperationName);
        Assert.Equal(OperationScopes.Global, result.OperationScope);
        Assert.Equal(command.RequestId.ToString(), RequestIdOf(Assert.Single(_handler.Requests)));
        var record = Assert.Single(await AuditAsync());
        Assert.Equal(AuditOutcome.Submitted, record.Outcome);
        Assert.Equal("operation-1", record.OperationName);
        Assert.Equal("Operator", record.ActorRole);
        Assert.Contains("web-1", record.ParametersJson, StringComparison.Ordinal);
        await using var db = await _database.CreateDbContextAsync();
        var tracked = await db.TrackedOperations.SingleAsync();
        Assert.Equal(record.Id, tracked.AuditRecordId);
        Assert.Equal(command.RequestId, tracked.RequestId);
        Assert.Equal("operator@example.com", tracked.StartedBy);
    }

    [Fact]
    public async Task ExecuteAsync_DeleteOfProtectedImage_IsAuditedAsFailedAndNothingIsDeleted()
    {
        _respond = request => Task.FromResult(request.Method == HttpMethod.Get
            ? FakeComputeHandler.Json(HttpStatusCode.OK, """{"kind":"compute#image","name":"golden","status":"READY","labels":{"protected":"true"}}""")
            : throw new InvalidOperationException("A protected image must never be deleted."));
        var protection = new MachineImagesConsole.Model.Lifecycle.ProtectionStore(_database, TimeProvider.System);
        var command = MachineImagesConsole.Model.Delete.DeleteCommands.For(MachineImagesConsole.Model.Delete.DeleteResourceKind.Image, Project, "golden", protection);

        var result = await PipelineFor(TestUsers.Operator).ExecuteAsync(command, default);

        Assert.Equal(MutationOutcome.Failed, result.Outcome);
        Assert.DoesNotContain(_handler.Requests, r => r.Method == HttpMethod.Delete);
        var record = Assert.Single(await AuditAsync());
        Assert.Equal(AuditOutcome.Failed, record.Outcome);
        Assert.Contains("deleteBlocked", record.ErrorReasons, StringComparison.Ordinal);
        Assert.Contains("protected", record.ErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ExecuteAsync_RetryOfSameCommand_ReusesRequestId()
    {
        var attempt = 0;
        _respond = _ => Task.FromResult(++attempt == 1
            // A definite refusal worth retrying (an ambiguous 5xx is settled by the pipeline itself, see MutationDurabilityTests).
            ? FakeComputeHandler.Json(HttpStatusCode.TooManyRequests, FakeComputeHandler.ErrorJson(429, "rateLimitExceeded", "Rate Limit Exceeded"))
            : FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson("operation-2", "RUNNING")));
        var pipeline = PipelineFor(TestUsers.Operator);
        var command = InsertCommand();

        var first = await pipeline.ExecuteAsync(command, default);
        var second = await pipeline.ExecuteAsync(command, default);

        Assert.Equal(MutationOutcome.Failed, first.Outcome);
        Assert.Equal(MutationOutcome.Submitted, second.Outcome);
        Assert.Equal(2, command.Attempts);
        var ids = _handler.Requests.Select(RequestIdOf).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(command.RequestId.ToString(), ids[0]);
        Assert.Equal(ids[0], ids[1]);
        var records = await AuditAsync();
        Assert.Equal([AuditOutcome.Failed, AuditOutcome.Submitted], records.Select(r => r.Outcome));
        Assert.All(records, r => Assert.Equal(command.RequestId, r.RequestId));
    }

    [Fact]
    public async Task ExecuteAsync_ComputeRefuses_ReturnsAndAuditsFailedWithReasons()
    {
        _respond = _ => Task.FromResult(FakeComputeHandler.Json(HttpStatusCode.Conflict,
            FakeComputeHandler.ErrorJson(409, "alreadyExists", "The resource 'projects/acme-prod/global/machineImages/nightly' already exists")));

        var result = await PipelineFor(TestUsers.Admin).ExecuteAsync(InsertCommand(), default);

        Assert.Equal(MutationOutcome.Failed, result.Outcome);
        Assert.Equal(["alreadyExists"], result.ErrorReasons);
        Assert.Contains("already exists", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("another name", result.WhatToDo, StringComparison.Ordinal);
        var record = Assert.Single(await AuditAsync());
        Assert.Equal(AuditOutcome.Failed, record.Outcome);
        Assert.Equal("alreadyExists", record.ErrorReasons);
        await using var db = await _database.CreateDbContextAsync();
        Assert.Equal(0, await db.TrackedOperations.CountAsync());
    }

    [Fact]
    public async Task ExecuteAsync_SynchronousCall_CompletesWithoutOperation()
    {
        _respond = _ => Task.FromResult(FakeComputeHandler.Json(HttpStatusCode.OK, """{"version":1,"etag":"BwY=","bindings":[]}"""));
        var command = MutationCommand.Synchronous(ConsoleActions.MachineImagesSetIamPolicy, Project, "nightly",
            new { bindings = Array.Empty<object>() },
            (client, _, ct) => client.MachineImages.SetIamPolicyAsync(Project, "nightly", new GlobalSetPolicyRequest { Policy = new Policy() }, ct));

        var result = await PipelineFor(TestUsers.Operator).ExecuteAsync(command, default);

        Assert.Equal(MutationOutcome.Completed, result.Outcome);
        Assert.Null(result.OperationName);
        Assert.Equal(AuditOutcome.Succeeded, Assert.Single(await AuditAsync()).Outcome);
    }

    [Fact]
    public async Task ExecuteAsync_HelpDeskSelfServiceClone_IsAllowedButMakePublicIsNot()
    {
        _respond = _ => Task.FromResult(FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson("operation-3", "PENDING")));
        var pipeline = PipelineFor(TestUsers.HelpDesk);
        var clone = MutationCommand.ForOperation(ConsoleActions.SelfServiceClone, Project, "clone-1", null,
            (client, id, ct) => client.MachineImages.InsertAsync(Project, new MachineImage { Name = "clone-1" }, null, id, ct));
        var makePublic = MutationCommand.Synchronous(ConsoleActions.MachineImagesMakePublic, Project, "nightly", null, (_, _, _) => Task.CompletedTask);

        var cloned = await pipeline.ExecuteAsync(clone, default);
        await Assert.ThrowsAsync<ConsoleForbiddenException>(() => PipelineFor(TestUsers.Operator).ExecuteAsync(makePublic, default));

        Assert.Equal(MutationOutcome.Submitted, cloned.Outcome);
        Assert.Equal([AuditOutcome.Submitted, AuditOutcome.Denied], (await AuditAsync()).Select(r => r.Outcome));
    }

    private static string OperationListJson(params string[] operations)
        => "{\"kind\":\"compute#operationList\",\"items\":[" + string.Join(",", operations) + "]}";

    private static string OperationWithClientId(string name, Guid requestId)
        => FakeComputeHandler.OperationJson(name, "RUNNING").TrimEnd().TrimEnd('}') + ",\"clientOperationId\":\"" + requestId.ToString("D") + "\"}";

    [Fact]
    public async Task ExecuteAsync_StoresWholeRequestBeforeSendingIt()
    {
        AuditRecord? seenBeforeSend = null;
        _respond = async _ =>
        {
            seenBeforeSend = Assert.Single(await AuditAsync());
            return FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson("operation-9", "RUNNING"));
        };
        var command = InsertCommand();

        await PipelineFor(TestUsers.Operator).ExecuteAsync(command, default);

        Assert.NotNull(seenBeforeSend);
        Assert.Equal(AuditOutcome.Pending, seenBeforeSend.Outcome);
        var stored = MachineImagesConsole.Compute.Http.ComputeRequestRecord.FromJson(seenBeforeSend.RequestJson);
        Assert.NotNull(stored);
        Assert.Equal("compute.machineImages.insert", stored.MethodId);
        Assert.Equal(command.RequestId, stored.RequestId);
        Assert.Equal([Project], stored.Path);
        Assert.Contains("\"nightly\"", stored.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ReplyLostAfterCommit_FindsTheOperationByRequestIdAndSubmits()
    {
        var command = InsertCommand();
        _respond = request => Task.FromResult(request.Method == HttpMethod.Post
            ? FakeComputeHandler.Json(HttpStatusCode.ServiceUnavailable, FakeComputeHandler.ErrorJson(503, "backendError", "Backend Error"))
            : FakeComputeHandler.Json(HttpStatusCode.OK, OperationListJson(
                OperationWithClientId("someone-else", Guid.NewGuid()), OperationWithClientId("operation-7", command.RequestId))));

        var result = await PipelineFor(TestUsers.Operator).ExecuteAsync(command, default);

        Assert.Equal(MutationOutcome.Submitted, result.Outcome);
        Assert.Equal("operation-7", result.OperationName);
        Assert.Single(_handler.Requests, r => r.Method == HttpMethod.Post);
        var list = Assert.Single(_handler.Requests, r => r.Method == HttpMethod.Get);
        Assert.Contains(command.RequestId.ToString("D"), Uri.UnescapeDataString(list.RequestUri!.Query), StringComparison.Ordinal);
        var record = Assert.Single(await AuditAsync());
        Assert.Equal(AuditOutcome.Submitted, record.Outcome);
        Assert.Equal("operation-7", record.OperationName);
    }

    [Fact]
    public async Task ExecuteAsync_AmbiguousFailureNotCommitted_SendsTheSameRequestAgain()
    {
        var posts = 0;
        _respond = request => Task.FromResult(request.Method == HttpMethod.Get
            ? FakeComputeHandler.Json(HttpStatusCode.OK, OperationListJson())
            : ++posts == 1
                ? FakeComputeHandler.Json(HttpStatusCode.BadGateway, FakeComputeHandler.ErrorJson(502, "backendError", "Bad Gateway"))
                : FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson("operation-8", "RUNNING")));
        var command = InsertCommand();

        var result = await PipelineFor(TestUsers.Operator).ExecuteAsync(command, default);

        Assert.Equal(MutationOutcome.Submitted, result.Outcome);
        var sent = _handler.Requests.Where(r => r.Method == HttpMethod.Post).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r => Assert.Equal(command.RequestId.ToString(), RequestIdOf(r)));
        Assert.Equal(sent[0].RequestUri, sent[1].RequestUri);
        Assert.Equal(AuditOutcome.Submitted, Assert.Single(await AuditAsync()).Outcome);
    }

    [Fact]
    public async Task ExecuteAsync_ComputeUnreachable_LeavesTheIntentPendingWithItsRequest()
    {
        _respond = _ => throw new HttpRequestException("Connection refused");
        var command = InsertCommand();

        var result = await PipelineFor(TestUsers.Operator).ExecuteAsync(command, default);

        Assert.Equal(MutationOutcome.Failed, result.Outcome);
        Assert.Contains("background", result.WhatToDo, StringComparison.Ordinal);
        var record = Assert.Single(await AuditAsync());
        Assert.Equal(AuditOutcome.Pending, record.Outcome);
        Assert.Equal(command.RequestId, MachineImagesConsole.Compute.Http.ComputeRequestRecord.FromJson(record.RequestJson)?.RequestId);
    }

    [Fact]
    public async Task ExecuteAsync_DefiniteRefusal_IsNotSentAgain()
    {
        _respond = _ => Task.FromResult(FakeComputeHandler.Json(HttpStatusCode.Forbidden, FakeComputeHandler.ErrorJson(403, "forbidden", "Required 'compute.machineImages.create' permission")));

        var result = await PipelineFor(TestUsers.Operator).ExecuteAsync(InsertCommand(), default);

        Assert.Equal(MutationOutcome.Failed, result.Outcome);
        Assert.Single(_handler.Requests);
        Assert.Equal(AuditOutcome.Failed, Assert.Single(await AuditAsync()).Outcome);
    }

    [Fact]
    public void MutationCommand_UnknownAction_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => MutationCommand.Synchronous("machineImages.explode", Project, "x", null, (_, _, _) => Task.CompletedTask));
    }
}
