using System.Security.Claims;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.HelpDesk;
using MachineImagesConsole.Model.Restore;
using MachineImagesConsole.Tests.Pipeline;
using MachineImagesConsole.Tests.Restore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.HelpDesk;

/// <summary>
/// Hand-crafted requests to the self-service command path as a HelpDesk principal, against a real LocalCloud:
/// whatever breaks a guardrail is refused, audited as Denied, and creates nothing.
/// </summary>
public sealed class SelfServiceGuardrailTests : IAsyncLifetime
{
    private const string Sandbox = "acme-helpdesk-sandbox";
    private const string Zone = "us-central1-f";
    private RestoreWorld _world = null!;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly HelpDeskOptions _options = new();

    public async Task InitializeAsync()
    {
        _world = await RestoreWorld.StartAsync();
        _options.PermittedProjects.Add(Sandbox);
        _options.PermittedZones.Add(Zone);
        _options.PermittedMachineTypes.Add("e2-small");
        _options.PermittedMachineTypes.Add("e2-medium");
        await Catalog(TestUsers.Admin).ApproveAsync("acme-prod", "web-1-nightly", "Web tier for reproductions", default);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private SelfServiceCatalog Catalog(ClaimsPrincipal user)
        => new(new FixedAuthenticationStateProvider(user), TestUsers.AuthorizationService(), _world.Database, _world.AuditLog, Session(user), _time);

    /// <summary>The Admin's Compute view (the service account here): approvals check the machine image exists.</summary>
    private MachineImagesConsole.Model.ComputeSession Session(ClaimsPrincipal user)
        => new(_world.Services, _world.ClientFactory, new FixedAuthenticationStateProvider(user), _world.Cache,
            Microsoft.Extensions.Options.Options.Create(new MachineImagesConsole.Model.ComputeSessionOptions { Identity = ComputeIdentity.ServiceAccount }));

    private SelfServiceCloneService Service(ClaimsPrincipal user)
        => new(new FixedAuthenticationStateProvider(user), TestUsers.AuthorizationService(), _world.Database,
            new CloneGuardrails(Microsoft.Extensions.Options.Options.Create(_options)), _world.Pipelines, _world.AuditLog, _time);

    private static SelfServiceCloneRequest Valid(string name = "hd-clone-1") => new()
    {
        SourceProject = "acme-prod",
        MachineImage = "web-1-nightly",
        Project = Sandbox,
        Zone = Zone,
        Name = name,
        MachineType = "e2-small",
        Reason = "Ticket HD-1234: reproduce the login bug",
        Ttl = TimeSpan.FromHours(2),
    };

    private async Task<int> InstanceCountAsync(string project)
    {
        var count = 0;
        await foreach (var _ in _world.Client.Instances.AggregatedListAsync(project)) count++;
        return count;
    }

    public static TheoryData<string> Crafted => ["unapproved", "otherProject", "otherZone", "machineType", "externalIp", "noReason", "ttl"];

    [Theory]
    [MemberData(nameof(Crafted))]
    public async Task RequestClone_BreaksGuardrail_RefusedAuditedNothingCreated(string breach)
    {
        var request = breach switch
        {
            "unapproved" => Valid() with { MachineImage = "db-primary-weekly-1" },
            "otherProject" => Valid() with { Project = "acme-prod", Zone = "us-central1-a" },
            "otherZone" => Valid() with { Zone = "us-central1-a" },
            "machineType" => Valid() with { MachineType = "n2-standard-8" },
            "externalIp" => Valid() with { ExternalIp = true },
            "noReason" => Valid() with { Reason = " " },
            _ => Valid() with { Ttl = TimeSpan.FromDays(30) },
        };
        var sandboxBefore = await InstanceCountAsync(Sandbox);
        var prodBefore = await InstanceCountAsync("acme-prod");

        var outcome = await Service(TestUsers.HelpDesk).RequestCloneAsync(request, default);

        Assert.False(outcome.Accepted);
        Assert.NotEmpty(outcome.Problems);
        Assert.Equal(sandboxBefore, await InstanceCountAsync(Sandbox));
        Assert.Equal(prodBefore, await InstanceCountAsync("acme-prod"));
        await using var db = await _world.Database.CreateDbContextAsync();
        Assert.Empty(db.CloneRecords);
        var audit = await db.AuditRecords.Where(r => r.Action == MachineImagesConsole.Model.ConsoleActions.SelfServiceClone).ToListAsync();
        var denied = Assert.Single(audit);
        Assert.Equal(AuditOutcome.Denied, denied.Outcome);
        Assert.Equal("helpdesk@example.com", denied.ActorEmail);
    }

    [Fact]
    public async Task RequestClone_Viewer_Refused()
    {
        var outcome = await Service(TestUsers.Viewer).RequestCloneAsync(Valid(), default);

        Assert.False(outcome.Accepted);
        Assert.Contains("Viewer", outcome.Problems[0], StringComparison.Ordinal);
        Assert.Equal(1, await InstanceCountAsync(Sandbox));
    }

    [Fact]
    public async Task RequestClone_WithinGuardrails_CreatedWithoutExternalIpAuditedAndDeletedAfterTtl()
    {
        var outcome = await Service(TestUsers.HelpDesk).RequestCloneAsync(Valid(), default);

        Assert.True(outcome.Accepted, string.Join(" ", outcome.Problems));
        Assert.False((await _world.Tracker.WhenDoneAsync(Sandbox, outcome.Mutation!.OperationName!, default).WaitAsync(TimeSpan.FromSeconds(30))).Failed);
        var vm = await _world.Client.Instances.GetAsync(Sandbox, Zone, "hd-clone-1");
        Assert.EndsWith("/machineTypes/e2-small", vm.MachineType, StringComparison.Ordinal);
        Assert.All(vm.NetworkInterfaces!, n => Assert.True(n.AccessConfigs is null or { Count: 0 }));
        Assert.Equal("true", vm.Labels!["self-service-clone"]);
        await using (var db = await _world.Database.CreateDbContextAsync())
        {
            var clone = await db.CloneRecords.SingleAsync();
            Assert.Equal("helpdesk@example.com", clone.RequestedBy);
            Assert.Equal(_time.GetUtcNow() + TimeSpan.FromHours(2), clone.ExpiresAt);
            var audit = await db.AuditRecords.SingleAsync(r => r.Id == clone.AuditRecordId);
            Assert.Equal("helpdesk@example.com", audit.ActorEmail);
            Assert.Contains("HD-1234", audit.ParametersJson, StringComparison.Ordinal);
        }

        var expiry = new CloneExpiryService(_world.Database, new DatabaseReadiness(), _world.Pipelines,
            Microsoft.Extensions.Options.Options.Create(_options), _time, NullLogger<CloneExpiryService>.Instance);
        Assert.Equal(0, await expiry.ExpireDueAsync(default));
        _time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await expiry.ExpireDueAsync(default));

        await using (var db = await _world.Database.CreateDbContextAsync())
        {
            Assert.Equal(CloneStatus.Expired, (await db.CloneRecords.SingleAsync()).Status);
            Assert.Contains(await db.AuditRecords.ToListAsync(), r => r.Action == MachineImagesConsole.Model.ConsoleActions.SelfServiceExpire && r.ActorEmail == ConsolePrincipal.CloneExpiryActor);
        }
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await _world.Client.Instances.GetAsync(Sandbox, Zone, "hd-clone-1");
            }
            catch (ComputeApiException error) when (error.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                break;
            }
            Assert.True(DateTime.UtcNow < deadline, "The expired clone was not deleted.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Approve_NotAdmin_RefusedAndNotApproved()
    {
        await Assert.ThrowsAsync<MachineImagesConsole.Model.ConsoleForbiddenException>(() => Catalog(TestUsers.HelpDesk).ApproveAsync("acme-prod", "db-primary-weekly-1", null, default));

        var approvals = await Catalog(TestUsers.Admin).ListAsync(default);
        Assert.DoesNotContain(approvals, a => a.MachineImage == "db-primary-weekly-1");
    }

    [Fact]
    public async Task Approve_MachineImageThatDoesNotExist_RefusedWithTheReasonAndNotApproved()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Catalog(TestUsers.Admin).ApproveAsync("acme-prod", "does-not-exist", null, default));
        Assert.Equal("machineImage", error.ParamName);
        Assert.Contains("There is no machine image 'does-not-exist'", error.Message, StringComparison.Ordinal);

        var approvals = await Catalog(TestUsers.Admin).ListAsync(default);
        Assert.DoesNotContain(approvals, a => a.MachineImage == "does-not-exist");
    }
}
