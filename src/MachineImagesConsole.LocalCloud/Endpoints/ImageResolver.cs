using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>
/// Resolves an image reference (by name, id or <c>family/F</c>, in any project) for use as a source: checks
/// <c>compute.images.useReadOnly</c> (project or image policy), READY, and the deprecation state — DEPRECATED
/// adds a <c>DEPRECATED_RESOURCE_USED</c> warning; OBSOLETE and DELETED fail.
/// </summary>
public static class ImageResolver
{
    public sealed record Resolved(ResourceRecord Record, JsonObject Document, string Path, JsonObject? Warning);

    public static async Task<Resolved> ResolveForUseAsync(ComputeCall call, string text, string field)
    {
        var reference = ResourceRef.TryParse(text, "images", call.Project, "global")
            ?? throw GoogleErrors.InvalidField(field, text, "Expected an image URL such as 'projects/debian-cloud/global/images/family/debian-12'.");
        if (!call.Authorizer.ProjectExists(reference.Project)) throw GoogleErrors.NotFound($"projects/{reference.Project}");

        ResourceRecord record;
        if (reference.IsFamily)
        {
            if (!await call.HasAsync("compute.images.useReadOnly", reference.Project, null)
                && !await call.HasAsync("compute.images.getFromFamily", reference.Project, null))
                throw GoogleErrors.Forbidden("compute.images.useReadOnly", reference.Path);
            record = await FromFamilyAsync(call, reference.Project, reference.Name)
                ?? throw GoogleErrors.NotFound(reference.Path);
        }
        else
        {
            record = await StoredResources.FindOrThrowAsync(call, reference.Project, "global", "images", reference.Name);
        }

        var path = $"projects/{record.Project}/global/images/{record.Name}";
        if (!await call.HasAsync("compute.images.useReadOnly", record.Project, record.Key))
            throw GoogleErrors.Forbidden("compute.images.useReadOnly", path);
        var doc = ResourceStore.Document(record);
        if ((string?)doc["status"] != "READY") throw GoogleErrors.ResourceNotReady(path);

        JsonObject? warning = null;
        var state = (string?)doc["deprecated"]?["state"];
        var replacement = (string?)doc["deprecated"]?["replacement"];
        switch (state)
        {
            case "OBSOLETE" or "DELETED":
                throw GoogleErrors.InvalidField(field, text,
                    $"The image '{path}' is {state} and can no longer be used." + (replacement is null ? "" : $" A suggested replacement is '{replacement}'."));
            case "DEPRECATED":
                warning = new JsonObject
                {
                    ["code"] = "DEPRECATED_RESOURCE_USED",
                    ["message"] = $"The resource '{path}' is deprecated." + (replacement is null ? "" : $" A suggested replacement is '{replacement}'."),
                    ["data"] = new JsonArray(new JsonObject { ["key"] = "resource_name", ["value"] = path }),
                };
                break;
        }
        return new Resolved(record, doc, path, warning);
    }

    /// <summary>The newest READY image of the family that is not deprecated (any deprecation state), or null.</summary>
    public static async Task<ResourceRecord?> FromFamilyAsync(ComputeCall call, string project, string family)
    {
        // Only the family's images are read and parsed (SQLite's json_extract), not every image of the project.
        var images = await call.Db.Resources
            .FromSql($"SELECT * FROM Resources WHERE Project = {project} AND Collection = 'images' AND Scope = 'global' AND json_extract(Json, '$.family') = {family}")
            .ToListAsync(call.Aborted);
        return images
            .Select(r => (Record: r, Doc: ResourceStore.Document(r)))
            .Where(x => (string?)x.Doc["family"] == family && (string?)x.Doc["status"] == "READY"
                        && ((string?)x.Doc["deprecated"]?["state"] ?? "ACTIVE") == "ACTIVE")
            .OrderByDescending(x => x.Record.CreatedTicks)
            .Select(x => x.Record)
            .FirstOrDefault();
    }
}
