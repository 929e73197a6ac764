using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>Cloud Resource Manager v3 <c>GET /v3/projects:search</c>: projects the caller has any role on, plus the public image projects.</summary>
public static class ResourceManagerEndpoints
{
    private static readonly string[] AnyAccess =
        ["resourcemanager.projects.get", "compute.projects.get", "compute.images.list", "compute.instances.list", "compute.images.useReadOnly"];

    public static IEndpointRouteBuilder MapResourceManagerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v3/projects:search", (HttpContext http) => ComputeEndpointMapping.HandleAsync(http, "cloudresourcemanager.projects.search", SearchAsync)).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<JsonNode?> SearchAsync(ComputeCall call)
    {
        var query = call.Query("query");
        var projects = new JsonArray();
        foreach (var id in call.Authorizer.ProjectIds.Order(StringComparer.Ordinal))
        {
            var project = call.Authorizer.Project(id)!;
            var visible = project.PublicImages;
            foreach (var permission in AnyAccess)
            {
                if (visible) break;
                visible = await call.HasAsync(permission, id, null);
            }
            if (!visible) continue;
            if (!string.IsNullOrWhiteSpace(query) && !Matches(query, id, project.DisplayName)) continue;
            projects.Add(new JsonObject
            {
                ["name"] = "projects/" + project.Number,
                ["parent"] = project.PublicImages ? "organizations/433637338589" : "organizations/100000000001",
                ["projectId"] = id,
                ["state"] = "ACTIVE",
                ["displayName"] = string.IsNullOrEmpty(project.DisplayName) ? id : project.DisplayName,
                ["createTime"] = "2023-01-09T16:00:00.000Z",
                ["updateTime"] = "2023-01-09T16:00:00.000Z",
                ["etag"] = "W/\"" + project.Number + "\"",
            });
        }
        var body = new JsonObject();
        if (projects.Count > 0) body["projects"] = projects;
        return body;
    }

    private static bool Matches(string query, string id, string displayName)
    {
        foreach (var term in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = term.Split(':', 2);
            var value = parts.Length == 2 ? parts[1].Trim('"') : parts[0];
            var field = parts.Length == 2 ? parts[0] : "";
            var ok = field switch
            {
                "id" or "projectId" => string.Equals(id, value, StringComparison.Ordinal) || (value.EndsWith('*') && id.StartsWith(value.TrimEnd('*'), StringComparison.Ordinal)),
                "displayName" or "name" => displayName.Contains(value.Trim('*'), StringComparison.OrdinalIgnoreCase),
                _ => id.Contains(value, StringComparison.OrdinalIgnoreCase) || displayName.Contains(value, StringComparison.OrdinalIgnoreCase),
            };
            if (!ok) return false;
        }
        return true;
    }
}
