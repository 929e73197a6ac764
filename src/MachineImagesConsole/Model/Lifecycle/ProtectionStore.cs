using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Sharing;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>The console's protection flags (singleton; one short-lived DbContext per call).</summary>
public sealed class ProtectionStore(IDbContextFactory<ConsoleDbContext> contextFactory, TimeProvider time)
{
    public async Task<bool> IsProtectedAsync(ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ProtectedResources.AnyAsync(
            p => p.Project == target.Project && p.Collection == target.Collection && p.Name == target.Name, cancellationToken);
    }

    /// <summary>The names of protected resources of one collection in a project.</summary>
    public async Task<IReadOnlySet<string>> ProtectedNamesAsync(string project, string collection, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.ProtectedResources.Where(p => p.Project == project && p.Collection == collection)
            .Select(p => p.Name).ToListAsync(cancellationToken);
        return names.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<ProtectionRecord?> FindAsync(ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ProtectedResources.AsNoTracking().SingleOrDefaultAsync(
            p => p.Project == target.Project && p.Collection == target.Collection && p.Name == target.Name, cancellationToken);
    }

    public async Task ProtectAsync(ResourceTarget target, string by, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ProtectedResources.AnyAsync(p => p.Project == target.Project && p.Collection == target.Collection && p.Name == target.Name, cancellationToken))
            return;
        db.ProtectedResources.Add(new ProtectionRecord
        {
            Project = target.Project,
            Collection = target.Collection,
            Name = target.Name,
            ProtectedBy = by,
            ProtectedAt = time.GetUtcNow(),
            Reason = reason,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UnprotectAsync(ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.ProtectedResources
            .Where(p => p.Project == target.Project && p.Collection == target.Collection && p.Name == target.Name)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
