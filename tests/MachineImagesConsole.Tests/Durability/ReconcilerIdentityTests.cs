using System.Net;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Authentication;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Operations;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Durability;

/// <summary>The reconciler settles a Pending intent under the identity it was made with, never a person's as the console.</summary>
#pragma warning disable CA1001 // xunit disposes the fields through IAsyncLifetime.DisposeAsync
public sealed class ReconcilerIdentityTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Project = "acme-prod";
    private readonly List<(HttpMethod Method, string Path, string? Token, string? Body)> _calls = [];
    private readonly StoredRequestProtection _protection = new(new EphemeralDataProtectionProvider());
    private TestDatabase _database = null!;
    private FakeComputeHandler _handler = null!;
    private OperationTracker _tracker = null!;
    private UserSessionStore _sessions = null!;
    private ServiceProvider _services = null!;
    private string? _startedFor; // the requestId Compute has an operation for, if any

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _handler = new FakeComputeHandler(RespondAsync);
        _tracker = new OperationTracker(_database, new FakeOperationWaiter(), [], TimeProvider.System,
            Options.Create(new OperationTrackingOptions()), NullLogger<OperationTracker>.Instance);
        _sessions = new UserSessionStore(_database, new EphemeralDataProtectionProvider(), TimeProvider.System);
        _services = new ServiceCollection()
            .AddKeyedSingleton<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount, new DelegateAccessTokenProvider(_ => ValueTask.FromResult("sa-token")))
            .AddSingleton(_sessions)
            .AddSingleton(new UserSessionAccessTokens(_sessions, new FakeRefreshTokenGrant(), new SessionRefreshLocks(), TimeProvider.System))
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _tracker.DisposeAsync();
        await _services.DisposeAsync();
        _handler.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Reconcile_PersonsIntentWithASession_IsSentAgainWithTheirOwnToken()
    {
        await _sessions.CreateAsync("sub-op", "operator@example.com", new UserSessionTokens("operator-token", null, DateTimeOffset.UtcNow.AddHours(1)), default);
        var record = await PendingAsync(ComputeIdentity.User);

        Assert.Equal(1, await Reconciler().ReconcileAsync(default));

        var insert = Assert.Single(_calls, c => c.Method == HttpMethod.Post);
        Assert.Equal("operator-token", insert.Token);
        Assert.DoesNotContain(_calls, c => c.Token == "sa-token");
        var settled = await RecordAsync(record.Id);
        Assert.Equal(AuditOutcome.Submitted, settled.Outcome);
        await using var db = await _database.CreateDbContextAsync();
        Assert.Equal(ComputeIdentity.User, (await db.TrackedOperations.SingleAsync()).IdentityMode);
    }

    [Fact]
    public async Task Reconcile_PersonsIntentWithoutASession_IsNotSentAsTheConsole_FailedWithWhy()
    {
        var record = await PendingAsync(ComputeIdentity.User);

        Assert.Equal(1, await Reconciler().ReconcileAsync(default));

        Assert.DoesNotContain(_calls, c => c.Method == HttpMethod.Post);
        Assert.All(_calls, c => Assert.Equal(HttpMethod.Get, c.Method)); // only the look-up by requestId
        var settled = await RecordAsync(record.Id);
        Assert.Equal(AuditOutcome.Failed, settled.Outcome);
        Assert.Equal(MutationReconciler.IdentityUnavailable, settled.ErrorReasons);
        Assert.Contains("operator@example.com has no sign-in session", settled.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", settled.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_PersonsIntentWithoutASession_ComputeStartedIt_IsTrackedNotFailed()
    {
        var record = await PendingAsync(ComputeIdentity.User);
        _startedFor = record.RequestId.ToString("D");

        Assert.Equal(1, await Reconciler().ReconcileAsync(default));

        Assert.DoesNotContain(_calls, c => c.Method == HttpMethod.Post);
        var settled = await RecordAsync(record.Id);
        Assert.Equal(AuditOutcome.Submitted, settled.Outcome);
        Assert.Equal("operation-started", settled.OperationName);
    }

    [Fact]
    public async Task Reconcile_ServiceAccountIntent_IsSentAgainWithTheServiceAccount()
    {
        var record = await PendingAsync(ComputeIdentity.ServiceAccount);

        Assert.Equal(1, await Reconciler().ReconcileAsync(default));

        Assert.Equal("sa-token", Assert.Single(_calls, c => c.Method == HttpMethod.Post).Token);
        Assert.Equal(AuditOutcome.Submitted, (await RecordAsync(record.Id)).Outcome);
    }

    [Fact]
    public async Task StoredRequest_CustomerKeyAndStartupScript_AreProtectedAtRest_AndSentAgainWhole()
    {
        const string rawKey = "c2VjcmV0LWtleS1tYXRlcmlhbC0zMi1ieXRlcy0wMDA=";
        var body = """{"name":"nightly","machineImageEncryptionKey":{"rawKey":"RAWKEY"},"sourceInstanceProperties":{"metadata":{"items":[{"key":"startup-script","value":"echo hunter2"},{"key":"team","value":"web"}]}}}"""
            .Replace("RAWKEY", rawKey, StringComparison.Ordinal);
        var record = await PendingAsync(ComputeIdentity.ServiceAccount, body);

        var stored = (await RecordAsync(record.Id)).RequestJson!;
        Assert.DoesNotContain(rawKey, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", stored, StringComparison.Ordinal);
        Assert.Contains(StoredRequestProtection.Prefix, stored, StringComparison.Ordinal);
        Assert.Contains(record.RequestId.ToString("D"), stored, StringComparison.Ordinal); // the requestId stays readable
        Assert.Contains("team", stored, StringComparison.Ordinal);

        Assert.Equal(1, await Reconciler().ReconcileAsync(default));

        var resent = Assert.Single(_calls, c => c.Method == HttpMethod.Post).Body!;
        Assert.Contains(rawKey, resent, StringComparison.Ordinal);
        Assert.Contains("echo hunter2", resent, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.Nodes.JsonNode.Parse(body)!.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(resent)!.ToJsonString());
    }

    private MutationReconciler Reconciler()
    {
        var audit = new AuditLog(_database, TimeProvider.System);
        var readiness = new DatabaseReadiness();
        readiness.MarkReady();
        return new MutationReconciler(new MutationJournal(audit, _protection), _tracker,
            new ComputeListCache(TimeProvider.System, Options.Create(new ComputeSessionOptions())), new FakeComputeClientFactory(_handler),
            _services, readiness, TimeProvider.System, Options.Create(new MutationReconcilerOptions()), NullLogger<MutationReconciler>.Instance);
    }

    private async Task<AuditRecord> PendingAsync(ComputeIdentity identity, string body = """{"name":"nightly"}""")
    {
        var requestId = Guid.NewGuid();
        var request = new ComputeRequestRecord("compute.machineImages.insert", [Project],
            new Dictionary<string, string> { ["requestId"] = requestId.ToString("D"), ["sourceInstance"] = ResourceLinks.Instance(Project, "us-central1-a", "web-1") },
            body);
        return await new AuditLog(_database, TimeProvider.System).AddAsync(new AuditRecord
        {
            ActorEmail = "operator@example.com",
            ActorRole = "Operator",
            Action = ConsoleActions.MachineImagesInsert,
            Target = ResourceLinks.MachineImage(Project, "nightly"),
            Project = Project,
            RequestId = requestId,
            Outcome = AuditOutcome.Pending,
            RequestJson = _protection.ToStoredJson(request),
            Identity = identity,
        }, default);
    }

    private async Task<AuditRecord> RecordAsync(long id)
    {
        await using var db = await _database.CreateDbContextAsync();
        return await db.AuditRecords.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
        lock (_calls) _calls.Add((request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.Parameter, body));
        if (request.Method == HttpMethod.Get)
        {
            // globalOperations.list filtered on clientOperationId.
            var items = _startedFor is null ? "" : FakeComputeHandler.OperationJson("operation-started", "RUNNING")
                .Replace("\"kind\":\"compute#operation\",", $"\"kind\":\"compute#operation\",\"clientOperationId\":\"{_startedFor}\",", StringComparison.Ordinal);
            return FakeComputeHandler.Json(HttpStatusCode.OK, $$"""{"kind":"compute#operationList","items":[{{items}}]}""");
        }
        return FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson("operation-resent", "RUNNING"));
    }
}
