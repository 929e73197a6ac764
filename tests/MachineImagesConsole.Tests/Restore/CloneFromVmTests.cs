using System.Security.Claims;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.HelpDesk;
using MachineImagesConsole.Model.Restore;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Tests.Restore;

/// <summary>Clones seeded VMs of a real LocalCloud: a machine image of the VM, then a restore of it, both tracked and audited.</summary>
public sealed class CloneFromVmTests : IAsyncLifetime
{
    private const string Sandbox = "acme-helpdesk-sandbox";
    private const string SandboxZone = "us-central1-f";
    private readonly HelpDeskOptions _options = new();
    private RestoreWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await RestoreWorld.StartAsync();
        _options.PermittedProjects.Add(Sandbox);
        _options.PermittedZones.Add(SandboxZone);
        _options.PermittedMachineTypes.Add("e2-small");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CloneFromVmService Service(ClaimsPrincipal user)
    {
        var (pipeline, session) = _world.Pipelines.For(user);
        return new CloneFromVmService(new FixedAuthenticationStateProvider(user), TestUsers.AuthorizationService(), pipeline, session,
            _world.Pipelines, new CloneGuardrails(Microsoft.Extensions.Options.Options.Create(_options)), _world.Tracker, _world.AuditLog,
            _world.Database, TimeProvider.System);
    }

    private static CloneFromVmRequest HelpDeskRequest(string name = "hd-test-vm-copy") => new()
    {
        SourceProject = Sandbox,
        SourceZone = SandboxZone,
        SourceInstance = "hd-test-vm",
        TargetProject = Sandbox,
        Zone = SandboxZone,
        Name = name,
        MachineType = "e2-small",
        Reason = "Ticket HD-42: reproduce the printer bug",
    };

    private async Task<int> CountAsync(string project)
    {
        var count = 0;
        await foreach (var _ in _world.Client.Instances.AggregatedListAsync(project)) count++;
        await foreach (var _ in _world.Client.MachineImages.ListAsync(project)) count++;
        return count;
    }

    private async Task<List<AuditRecord>> SettledAuditAsync(string action, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = await _world.Database.CreateDbContextAsync();
            var records = await db.AuditRecords.Where(r => r.Action == action).OrderBy(r => r.Id).ToListAsync();
            if (records.Count == expected && records.All(r => r.Outcome is AuditOutcome.Succeeded or AuditOutcome.Failed or AuditOutcome.Denied)
                || DateTime.UtcNow > deadline) return records;
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task RunAsync_OperatorClonesVm_OneMachineImageAndRunningVmBothStepsAudited()
    {
        var request = new CloneFromVmRequest
        {
            SourceProject = "acme-prod", SourceZone = "us-central1-a", SourceInstance = "web-1",
            TargetProject = "acme-prod", Zone = "us-central1-b", Name = "web-1-copy", MachineType = "e2-standard-2",
        };
        var imagesBefore = new List<string>();
        await foreach (var i in _world.Client.MachineImages.ListAsync("acme-prod")) imagesBefore.Add(i.Name!);
        var reports = new List<CloneFromVmProgress>();

        var result = await Service(TestUsers.Operator).RunAsync(request, new SyncProgress(reports.Add), default);

        Assert.True(result.Succeeded, string.Join(" ", result.Problems));
        Assert.Equal(CloneStepState.Succeeded, result.ImageStep);
        Assert.Equal("RUNNING", result.VmStatus);
        Assert.Matches("^web-1-clone-[0-9]{12}$", result.ImageName);
        Assert.Contains(reports, r => r.ImageStep == CloneStepState.Running && r.RestoreStep == CloneStepState.Pending);
        Assert.Contains(reports, r => r.ImageStep == CloneStepState.Succeeded && r.RestoreStep == CloneStepState.Running);
        var imagesAfter = new List<string>();
        await foreach (var i in _world.Client.MachineImages.ListAsync("acme-prod")) imagesAfter.Add(i.Name!);
        Assert.Equal(result.ImageName, Assert.Single(imagesAfter.Except(imagesBefore)));
        var vm = await _world.Client.Instances.GetAsync("acme-prod", "us-central1-b", "web-1-copy");
        Assert.Equal("RUNNING", vm.Status);
        Assert.EndsWith("/machineTypes/e2-standard-2", vm.MachineType, StringComparison.Ordinal);
        Assert.EndsWith("/global/machineImages/" + result.ImageName, vm.SourceMachineImage, StringComparison.Ordinal);

        var imageAudit = Assert.Single(await SettledAuditAsync(ConsoleActions.MachineImagesInsert, 1));
        Assert.Equal(AuditOutcome.Succeeded, imageAudit.Outcome);
        Assert.Equal("operator@example.com", imageAudit.ActorEmail);
        var restoreAudit = Assert.Single(await SettledAuditAsync(ConsoleActions.InstancesRestore, 1));
        Assert.Equal(AuditOutcome.Succeeded, restoreAudit.Outcome);
        Assert.Contains(result.ImageName, restoreAudit.ParametersJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HelpDeskWithinGuardrails_ClonedWithoutExternalIpAsServiceAccountAndRecorded()
    {
        var result = await Service(TestUsers.HelpDesk).RunAsync(HelpDeskRequest(), null, default);

        Assert.True(result.Succeeded, string.Join(" ", result.Problems));
        var vm = await _world.Client.Instances.GetAsync(Sandbox, SandboxZone, "hd-test-vm-copy");
        Assert.Equal("RUNNING", vm.Status);
        Assert.All(vm.NetworkInterfaces!, n => Assert.True(n.AccessConfigs is null or { Count: 0 }));
        Assert.Equal("true", vm.Labels!["self-service-clone"]);
        var audit = await SettledAuditAsync(ConsoleActions.SelfServiceClone, 2);
        Assert.Equal(2, audit.Count);
        Assert.All(audit, r => Assert.Equal(AuditOutcome.Succeeded, r.Outcome));
        Assert.All(audit, r => Assert.Equal("helpdesk@example.com", r.ActorEmail));
        await using var db = await _world.Database.CreateDbContextAsync();
        var clone = await db.CloneRecords.SingleAsync();
        Assert.Equal("hd-test-vm-copy", clone.Name);
        Assert.Equal(result.ImageName, clone.MachineImage);
    }

    public static TheoryData<string> Breaches => ["externalIp", "machineType", "otherSourceProject", "noReason"];

    [Theory]
    [MemberData(nameof(Breaches))]
    public async Task RunAsync_HelpDeskBreaksGuardrail_RefusedAuditedNothingCreated(string breach)
    {
        var request = breach switch
        {
            "externalIp" => HelpDeskRequest() with { ExternalIp = true },
            "machineType" => HelpDeskRequest() with { MachineType = "n2-standard-8" },
            "otherSourceProject" => HelpDeskRequest() with { SourceProject = "acme-prod", SourceZone = "us-central1-a", SourceInstance = "web-1" },
            _ => HelpDeskRequest() with { Reason = "" },
        };
        var sandboxBefore = await CountAsync(Sandbox);
        var prodBefore = await CountAsync("acme-prod");

        var result = await Service(TestUsers.HelpDesk).RunAsync(request, null, default);

        Assert.False(result.Succeeded);
        Assert.Equal(CloneStepState.Failed, result.ImageStep);
        Assert.Null(result.ImageOperation);
        Assert.NotEmpty(result.Problems);
        Assert.Equal(sandboxBefore, await CountAsync(Sandbox));
        Assert.Equal(prodBefore, await CountAsync("acme-prod"));
        await using var db = await _world.Database.CreateDbContextAsync();
        Assert.Empty(db.CloneRecords);
        var denied = Assert.Single(await db.AuditRecords.ToListAsync());
        Assert.Equal(AuditOutcome.Denied, denied.Outcome);
        Assert.Equal(ConsoleActions.SelfServiceClone, denied.Action);
    }

    [Fact]
    public void ImageNameFor_LongVmName_FitsSixtyThreeCharacters()
    {
        var name = CloneFromVmService.ImageNameFor(new string('a', 63), new DateTimeOffset(2026, 11, 26, 23, 5, 0, TimeSpan.Zero));

        Assert.Equal(63, name.Length);
        Assert.EndsWith("-clone-202611262305", name, StringComparison.Ordinal);
    }

    private sealed class SyncProgress(Action<CloneFromVmProgress> report) : IProgress<CloneFromVmProgress>
    {
        public void Report(CloneFromVmProgress value) => report(value);
    }
}
