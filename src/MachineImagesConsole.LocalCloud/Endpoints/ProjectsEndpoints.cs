using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>projects.get</c> (Compute's view of a project, with its machine-image quota).</summary>
public static class ProjectsEndpoints
{
    public static async Task<JsonNode?> GetAsync(ComputeCall call)
    {
        await call.RequireAsync("compute.projects.get", $"projects/{call.Project}");
        var project = call.Authorizer.Project(call.Project)!;
        var machineImages = await ResourceStore.CountAsync(call.Db, call.Project, "machineImages", call.Aborted);
        var images = await ResourceStore.CountAsync(call.Db, call.Project, "images", call.Aborted);
        return new JsonObject
        {
            ["kind"] = "compute#project",
            ["id"] = project.Number,
            ["creationTimestamp"] = "2023-01-09T08:00:00.000-08:00",
            ["name"] = call.Project,
            ["description"] = project.DisplayName,
            ["commonInstanceMetadata"] = new JsonObject { ["kind"] = "compute#metadata", ["fingerprint"] = "42WmSpB8rSM=" },
            ["quotas"] = new JsonArray(
                new JsonObject { ["metric"] = "MACHINE_IMAGES", ["limit"] = (double)Compute.Validation.ComputeLimits.MachineImagesPerProject, ["usage"] = (double)machineImages },
                new JsonObject { ["metric"] = "IMAGES", ["limit"] = 5000.0, ["usage"] = (double)images }),
            ["selfLink"] = StoredLinks.Compute($"projects/{call.Project}"),
            ["defaultServiceAccount"] = $"{project.Number}-compute@developer.gserviceaccount.com",
            ["xpnProjectStatus"] = "UNSPECIFIED_XPN_PROJECT_STATUS",
            ["defaultNetworkTier"] = "PREMIUM",
        };
    }
}
