using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Tests.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.Lifecycle;

/// <summary>Deprecation dates carried out by the console's background job, against LocalCloud.</summary>
public sealed class ScheduledDeprecationRunnerTests(LifecycleCloudFixture fixture) : IClassFixture<LifecycleCloudFixture>
{
    private const string Project = "acme-staging";

    private LifecycleCloud Cloud => fixture.Cloud;

    private sealed class CircuitPipelines(LifecycleCloud cloud) : IBackgroundPipelineFactory
    {
        public MutationPipeline Create(string email, string role) => cloud.CircuitFor(email, role).Pipeline;
    }

    private async Task<(string Old, string New)> FamilyAsync()
    {
        var prefix = "sd" + Guid.NewGuid().ToString("N")[..6];
        await Cloud.CreateImageAsync(Project, prefix + "-v1", prefix);
        await Cloud.CreateImageAsync(Project, prefix + "-v2", prefix);
        return (prefix + "-v1", prefix + "-v2");
    }

    [Fact]
    public async Task RunDue_ObsoleteDateArrives_SetsStateAuditedAsTheScheduler()
    {
        var (old, replacement) = await FamilyAsync();
        var operatorCircuit = Cloud.CircuitFor("operator@example.com", ConsoleRoles.Operator);
        var now = DateTimeOffset.UtcNow;
        var set = await operatorCircuit.Deprecation.DeprecateAsync(Project, old,
            new DeprecationRequest(DeprecationState.Deprecated, replacement, now, now.AddHours(1)), default);
        Assert.True(set.Succeeded, set.ErrorMessage);
        var pending = Assert.Single(await operatorCircuit.Deprecation.PendingAsync(Project, old, default));
        Assert.Equal(DeprecationState.Obsolete, pending.State);

        var clock = new FakeTimeProvider(now.AddMinutes(30));
        var runner = new ScheduledDeprecationRunner(Cloud.Database, new CircuitPipelines(Cloud), clock, NullLogger<ScheduledDeprecationRunner>.Instance);
        Assert.Equal(0, await runner.RunDueAsync(default));
        Assert.Equal(DeprecationState.Deprecated, (await Cloud.ClientFor("admin@example.com").Images.GetAsync(Project, old)).Deprecated?.State);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await runner.RunDueAsync(default));

        var image = await Cloud.ClientFor("admin@example.com").Images.GetAsync(Project, old);
        Assert.Equal(DeprecationState.Obsolete, image.Deprecated?.State);
        Assert.EndsWith("/" + replacement, image.Deprecated?.Replacement, StringComparison.Ordinal);
        await using var db = await Cloud.Database.CreateDbContextAsync();
        var row = await db.ScheduledDeprecations.SingleAsync(s => s.Id == pending.Id);
        Assert.NotNull(row.CompletedAt);
        Assert.Null(row.Error);
        var audit = await db.AuditRecords.SingleAsync(r => r.Id == row.AuditRecordId);
        Assert.Equal("operator@example.com", audit.ActorEmail);
        Assert.Contains("scheduledDeprecationId", audit.ParametersJson, StringComparison.Ordinal);
        Assert.Equal(0, await runner.RunDueAsync(default));
    }

    [Fact]
    public async Task Undo_BeforeTheDate_CancelsTheScheduleAndImageIsActive()
    {
        var (old, replacement) = await FamilyAsync();
        var admin = Cloud.CircuitFor("admin@example.com", ConsoleRoles.Admin);
        var now = DateTimeOffset.UtcNow;
        await admin.Deprecation.DeprecateAsync(Project, old, new DeprecationRequest(DeprecationState.Deprecated, replacement, null, null, now.AddDays(1)), default);

        var undo = await admin.Deprecation.UndoAsync(Project, old, default);

        Assert.True(undo.Succeeded, undo.ErrorMessage);
        Assert.Empty(await admin.Deprecation.PendingAsync(Project, old, default));
        var runner = new ScheduledDeprecationRunner(Cloud.Database, new CircuitPipelines(Cloud), new FakeTimeProvider(now.AddDays(2)), NullLogger<ScheduledDeprecationRunner>.Instance);
        await runner.RunDueAsync(default);
        var state = (await Cloud.ClientFor("admin@example.com").Images.GetAsync(Project, old)).Deprecated?.State;
        Assert.True(state is null or DeprecationState.Active, state);
    }

    [Fact]
    public async Task RunDue_SchedulerRoleNoLongerAllowed_RecordsErrorAndDoesNotChangeImage()
    {
        var (old, _) = await FamilyAsync();
        await using (var db = await Cloud.Database.CreateDbContextAsync())
        {
            db.ScheduledDeprecations.Add(new ScheduledDeprecation
            {
                Project = Project, Image = old, State = DeprecationState.Obsolete, DueAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                ScheduledBy = "viewer@example.com", ScheduledByRole = ConsoleRoles.Viewer, ScheduledAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var runner = new ScheduledDeprecationRunner(Cloud.Database, new CircuitPipelines(Cloud), TimeProvider.System, NullLogger<ScheduledDeprecationRunner>.Instance);
        await runner.RunDueAsync(default);

        await using var check = await Cloud.Database.CreateDbContextAsync();
        var row = await check.ScheduledDeprecations.SingleAsync(s => s.Image == old);
        Assert.NotNull(row.CompletedAt);
        Assert.Contains("Viewer", row.Error, StringComparison.Ordinal);
        Assert.Null((await Cloud.ClientFor("admin@example.com").Images.GetAsync(Project, old)).Deprecated);
    }
}
