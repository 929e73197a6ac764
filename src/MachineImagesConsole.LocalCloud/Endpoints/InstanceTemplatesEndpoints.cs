using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>instanceTemplates.get/list/insert</c> (global templates).</summary>
public static class InstanceTemplatesEndpoints
{
    private const string Collection = "instanceTemplates";

    public static Task<JsonNode?> GetAsync(ComputeCall call) =>
        StoredResources.GetAsync(call, "global", Collection, "instanceTemplate", "compute.instanceTemplates.get");

    public static Task<JsonNode?> ListAsync(ComputeCall call) =>
        StoredResources.ListAsync(call, "global", Collection, "compute#instanceTemplateList", "compute.instanceTemplates.list");

    public static async Task<JsonNode?> InsertAsync(ComputeCall call)
    {
        var body = await call.ReadBodyAsync();
        if (await OperationStarter.BeginAsync(call) is { } replay) return replay;
        var name = StoredResources.ValidateName(body);
        var path = $"projects/{call.Project}/global/{Collection}/{name}";
        await call.RequireAsync("compute.instanceTemplates.create", path);
        var description = StoredResources.ValidateDescription(body);
        if (body["properties"] is not JsonObject properties) throw GoogleErrors.Required("resource.properties");
        if (ComputeJson.ReadString(properties["machineType"]) is null) throw GoogleErrors.Required("resource.properties.machineType");
        StoredResources.ValidateLabels(properties["labels"], "resource.properties.labels");
        if (await ResourceStore.FindAsync(call.Db, call.Project, "global", Collection, name, call.Aborted) is not null)
            throw GoogleErrors.AlreadyExists(path);
        var id = IdGenerator.Next();
        var doc = new JsonObject
        {
            ["kind"] = "compute#instanceTemplate",
            ["id"] = ComputeJson.Int64(id),
            ["creationTimestamp"] = Timestamps.Format(call.Now),
            ["name"] = name,
            ["description"] = description,
            ["properties"] = properties.DeepClone(),
            ["selfLink"] = StoredLinks.Compute(path),
        };
        if (description is null) doc.Remove("description");
        var record = ResourceStore.Add(call.Db, call.Project, "global", Collection, name, id, call.Now, doc);
        return await OperationStarter.StartAsync(call, new OperationPlan
        {
            Kind = "sync",
            OperationType = "insert",
            Project = call.Project,
            Scope = "global",
            TargetPath = path,
            TargetKey = record.Key,
            TargetId = id,
            Completed = true,
        });
    }
}
