using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.LocalCloud.Tests.Infrastructure;

/// <summary>A fingerprint of the whole Compute store, to prove a failed request wrote nothing.</summary>
public static class StoreCounts
{
    public static async Task<string> SnapshotAsync(LocalCloudServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<LocalCloudDbContext>>().CreateDbContextAsync();
        var resources = await db.Resources.OrderBy(r => r.Key).Select(r => r.Key + r.Json).ToListAsync();
        var operations = await db.Operations.CountAsync();
        var requestIds = await db.RequestIds.CountAsync();
        var policies = await db.IamPolicies.Select(p => p.ResourceKey + p.Json).ToListAsync();
        var rate = await db.RateEvents.CountAsync();
        return $"{string.Join('\n', resources).GetHashCode(StringComparison.Ordinal)}/{resources.Count}/{operations}/{requestIds}/{string.Join('\n', policies).GetHashCode(StringComparison.Ordinal)}/{rate}";
    }
}
