using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Backups;
using MachineImagesConsole.Tests.Hub;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Backups;

/// <summary>
/// Managing backup policies is for Admins, on the server whatever a page shows: a Viewer's, an Operator's or a HelpDesk's
/// save, pause, resume or delete (a crafted request as much as a click) is refused, changes nothing, and is in the audit
/// log as Denied with who asked and which policy.
/// </summary>
public sealed class BackupPolicyAuthorizationTests
{
    [Fact]
    public async Task SavePauseResumeDelete_ByAnyoneButAnAdmin_RefusedAuditedAsDeniedAndNothingChanges()
    {
        await using var console = await RunningConsole.StartAsync();
        var (saved, errors) = await BackupConsole.AsAsync(console, TestUsers.Admin, s => s.SaveAsync(NewPolicy("nightly-web"), CancellationToken.None));
        Assert.Empty(errors);
        var id = saved!.Id;
        var before = await AuditCountAsync(console);

        foreach (var user in new[] { TestUsers.Viewer, TestUsers.Operator, TestUsers.HelpDesk })
        {
            var changed = NewPolicy("nightly-web");
            changed.Id = id;
            changed.Schedule = "*/5 * * * *";
            await Assert.ThrowsAsync<ConsoleForbiddenException>(() => BackupConsole.AsAsync(console, user, s => s.SaveAsync(changed, CancellationToken.None)));
            await Assert.ThrowsAsync<ConsoleForbiddenException>(() => BackupConsole.AsAsync(console, user, async s => { await s.PauseAsync(id, CancellationToken.None); return true; }));
            await Assert.ThrowsAsync<ConsoleForbiddenException>(() => BackupConsole.AsAsync(console, user, async s => { await s.ResumeAsync(id, CancellationToken.None); return true; }));
            await Assert.ThrowsAsync<ConsoleForbiddenException>(() => BackupConsole.AsAsync(console, user, s => s.DeleteAsync(id, deleteImages: true, CancellationToken.None)));
            // A new policy, and one that does not exist: refused the same way.
            await Assert.ThrowsAsync<ConsoleForbiddenException>(() => BackupConsole.AsAsync(console, user, s => s.SaveAsync(NewPolicy("sneaky"), CancellationToken.None)));
            await Assert.ThrowsAsync<ConsoleForbiddenException>(() => BackupConsole.AsAsync(console, user, async s => { await s.PauseAsync(987_654, CancellationToken.None); return true; }));
        }

        await using var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var policy = Assert.Single(await db.BackupPolicies.AsNoTracking().ToListAsync());
        Assert.Equal(("nightly-web", "0 2 * * *", false), (policy.Name, policy.Schedule, policy.Paused));
        var denied = await db.AuditRecords.AsNoTracking().OrderBy(a => a.Id).Skip(before).ToListAsync();
        Assert.Equal(3 * 6, denied.Count);
        Assert.All(denied, a => Assert.Equal((AuditOutcome.Denied, ConsoleActions.BackupsEditPolicy), (a.Outcome, a.Action)));
        Assert.Equal(["viewer@example.com", "operator@example.com", "helpdesk@example.com"], denied.Select(a => a.ActorEmail).Distinct());
        Assert.Equal(
            ["backupPolicies/nightly-web", "backupPolicies/nightly-web", "backupPolicies/nightly-web", "backupPolicies/nightly-web", "backupPolicies/sneaky", "backupPolicies/#987654"],
            denied.Take(6).Select(a => a.Target));
        Assert.Equal(["acme-prod", "acme-prod", "acme-prod", "acme-prod", "acme-prod", ""], denied.Take(6).Select(a => a.Project));
        Assert.Contains("deleteImages", denied[3].ParametersJson, StringComparison.Ordinal);
        Assert.All(denied, a => Assert.Contains($"({a.ActorRole})", "(Viewer)(Operator)(HelpDesk)", StringComparison.Ordinal));
    }

    private static BackupPolicy NewPolicy(string name) => new()
    {
        Name = name,
        Project = "acme-prod",
        Schedule = "0 2 * * *",
        TimeZone = "UTC",
        Instances = "us-central1-a/web-1",
        KeepLast = 7,
    };

    private static async Task<int> AuditCountAsync(RunningConsole console)
    {
        await using var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.AuditRecords.CountAsync();
    }
}
