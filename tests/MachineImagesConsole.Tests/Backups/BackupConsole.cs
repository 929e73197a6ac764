using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Backups;
using MachineImagesConsole.Tests.Hub;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Backups;

/// <summary>Helpers over a <see cref="RunningConsole"/> with declared backup policies.</summary>
internal static class BackupConsole
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Configuration declaring one policy <paramref name="name"/> over <paramref name="instances"/> (or a selector).</summary>
    public static Dictionary<string, string?> Policy(string name, string schedule, string[] instances, string? selector = null, string misfireThreshold = "00:00:02")
    {
        var values = new Dictionary<string, string?>
        {
            ["Console:Backups:MisfireThreshold"] = misfireThreshold,
            ["Console:Backups:Policies:0:Name"] = name,
            ["Console:Backups:Policies:0:Project"] = "acme-prod",
            ["Console:Backups:Policies:0:Schedule"] = schedule,
            ["Console:Backups:Policies:0:TimeZone"] = "UTC",
            ["Console:Backups:Policies:0:Selector"] = selector,
        };
        for (var i = 0; i < instances.Length; i++) values[$"Console:Backups:Policies:0:Instances:{i}"] = instances[i];
        return values;
    }

    public static async Task<BackupPolicy> PolicyAsync(RunningConsole console, string name)
    {
        await using var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var policy = await db.BackupPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Name == name);
            if (policy is not null) return policy;
            Assert.True(DateTime.UtcNow < deadline, $"The declared policy {name} was never stored.");
            await Task.Delay(100);
        }
    }

    public static async Task<List<BackupRun>> RunsAsync(RunningConsole console, long policyId)
    {
        await using var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.BackupRuns.AsNoTracking().Include(r => r.Items).Where(r => r.PolicyId == policyId).OrderBy(r => r.ScheduledFor).ToListAsync();
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the policy's finished runs.</summary>
    public static async Task<List<BackupRun>> WaitForRunsAsync(RunningConsole console, long policyId, Func<List<BackupRun>, bool> condition, string what, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? Patience);
        while (true)
        {
            var runs = await RunsAsync(console, policyId);
            if (runs.All(r => r.Status != BackupRunStatus.Running) && condition(runs)) return runs;
            Assert.True(DateTime.UtcNow < deadline, $"Waited for {what}; runs: {string.Join("; ", runs.Select(r => $"{r.Trigger} {r.ScheduledFor:O} {r.Status}"))}");
            await Task.Delay(250);
        }
    }

    /// <summary>Waits until one of the policy's run items satisfies <paramref name="condition"/>.</summary>
    public static async Task<BackupRunItem> WaitForItemAsync(RunningConsole console, long policyId, Func<BackupRunItem, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
            {
                var items = await db.BackupRunItems.AsNoTracking().Where(i => i.PolicyId == policyId).ToListAsync();
                if (items.FirstOrDefault(condition) is { } item) return item;
                Assert.True(DateTime.UtcNow < deadline, $"Waited for {what}; items: {string.Join("; ", items.Select(i => $"{i.Instance} {i.Status}"))}");
            }
            await Task.Delay(100);
        }
    }

    public static async Task<List<MachineImage>> ImagesOfAsync(RunningConsole console, string policyName)
    {
        var images = new List<MachineImage>();
        await foreach (var image in console.ServiceAccountCompute().MachineImages.ListAsync("acme-prod"))
        {
            if (image.Labels is { } l && l.TryGetValue(BackupPolicyRules.PolicyLabel, out var p) && p == policyName) images.Add(image);
        }
        return images;
    }

    /// <summary>Calls the policy service as <paramref name="user"/> signed in (a scope of its own, as a circuit has).</summary>
    public static async Task<T> AsAsync<T>(RunningConsole console, System.Security.Claims.ClaimsPrincipal user, Func<BackupPolicyService, Task<T>> call)
    {
        await using var scope = console.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();
        ((Microsoft.AspNetCore.Components.Authorization.IHostEnvironmentAuthenticationStateProvider)provider)
            .SetAuthenticationState(Task.FromResult(new Microsoft.AspNetCore.Components.Authorization.AuthenticationState(user)));
        return await call(scope.ServiceProvider.GetRequiredService<BackupPolicyService>());
    }

    /// <summary>The audit rows of <paramref name="action"/>, oldest first.</summary>
    public static async Task<List<AuditRecord>> AuditOfAsync(RunningConsole console, string action)
    {
        await using var db = await console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.AuditRecords.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync();
    }

    public static BackupRunner Runner(RunningConsole console) => console.Services.GetRequiredService<BackupRunner>();
}
