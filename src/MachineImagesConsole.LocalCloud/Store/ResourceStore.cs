using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>Reads and writes resource documents. Writers hold the <see cref="StoreWriteLock"/> and call SaveChanges once, at the end.</summary>
public static class ResourceStore
{
    public static async Task<ResourceRecord?> FindAsync(LocalCloudDbContext db, string project, string scope, string collection, string nameOrId, CancellationToken cancellationToken)
    {
        if (nameOrId.Length > 0 && nameOrId.All(char.IsAsciiDigit) && long.TryParse(nameOrId, out var id))
            return await db.Resources.FirstOrDefaultAsync(r => r.Id == id && r.Project == project && r.Scope == scope && r.Collection == collection, cancellationToken);
        return await db.Resources.FindAsync([ResourceRecord.MakeKey(project, scope, collection, nameOrId)], cancellationToken);
    }

    public static Task<List<ResourceRecord>> ListAsync(LocalCloudDbContext db, string project, string collection, string? scope, CancellationToken cancellationToken) =>
        Scoped(db.Resources, project, collection, scope).ToListAsync(cancellationToken);

    /// <summary>The records of one collection in a project (and scope, when given), untracked, for read-only lists.</summary>
    public static IQueryable<ResourceRecord> Query(LocalCloudDbContext db, string project, string collection, string? scope) =>
        Scoped(db.Resources.AsNoTracking(), project, collection, scope);

    private static IQueryable<ResourceRecord> Scoped(IQueryable<ResourceRecord> records, string project, string collection, string? scope)
    {
        var q = records.Where(r => r.Project == project && r.Collection == collection);
        if (scope is not null) q = q.Where(r => r.Scope == scope);
        return q;
    }

    public static Task<int> CountAsync(LocalCloudDbContext db, string project, string collection, CancellationToken cancellationToken) =>
        db.Resources.CountAsync(r => r.Project == project && r.Collection == collection, cancellationToken);

    public static JsonObject Document(ResourceRecord record) => (JsonObject)JsonNode.Parse(record.Json)!;

    public static ResourceRecord Add(LocalCloudDbContext db, string project, string scope, string collection, string name, long id, DateTimeOffset created, JsonObject document)
    {
        var record = new ResourceRecord
        {
            Key = ResourceRecord.MakeKey(project, scope, collection, name),
            Project = project,
            Scope = scope,
            Collection = collection,
            Name = name,
            Id = id,
            CreatedTicks = created.UtcTicks,
            Json = document.ToJsonString(),
        };
        db.Resources.Add(record);
        return record;
    }

    public static void Update(ResourceRecord record, JsonObject document) => record.Json = document.ToJsonString();
}
