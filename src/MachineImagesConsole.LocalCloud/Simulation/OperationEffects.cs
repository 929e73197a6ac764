using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Endpoints;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Simulation;

/// <summary>What each kind of operation does to resources when it starts running and when it finishes.</summary>
public sealed class OperationEffects(IOptions<LocalCloudOptions> options, TimeProvider time)
{
    public async Task OnRunningAsync(LocalCloudDbContext db, OperationRecord op, JsonObject plan, CancellationToken cancellationToken)
    {
        switch (op.Kind)
        {
            case "instances.insert" or "instances.start":
                await SetStatusAsync(db, op.TargetKey, "STAGING", cancellationToken);
                break;
            case "instances.stop" or "instances.delete":
                await SetStatusAsync(db, op.TargetKey, "STOPPING", cancellationToken);
                break;
        }
    }

    public async Task<OperationFailure?> OnDoneAsync(LocalCloudDbContext db, OperationRecord op, JsonObject plan, CancellationToken cancellationToken)
    {
        var target = await db.Resources.FindAsync([op.TargetKey], cancellationToken);
        var targetPath = TargetPath(op.TargetKey);
        var now = time.GetUtcNow();
        switch (op.Kind)
        {
            case "sync":
                return null;
            case "machineImages.insert":
            {
                if (target is null) return OperationFailure.NotFound(targetPath);
                var doc = ResourceStore.Document(target);
                doc["status"] = "READY";
                if (doc["savedDisks"] is JsonArray saved)
                    foreach (var d in saved.OfType<JsonObject>()) d["storageBytesStatus"] = "UP_TO_DATE";
                ResourceStore.Update(target, doc);
                return null;
            }
            case "images.insert":
            {
                if (target is null) return OperationFailure.NotFound(targetPath);
                var doc = ResourceStore.Document(target);
                doc["status"] = "READY";
                ResourceStore.Update(target, doc);
                return null;
            }
            case "machineImages.delete" or "images.delete":
            {
                if (target is null) return null;
                db.Resources.Remove(target);
                var policy = await db.IamPolicies.FindAsync([target.Key], cancellationToken);
                if (policy is not null) db.IamPolicies.Remove(policy);
                return null;
            }
            case "instances.insert" or "instances.start" when options.Value.Simulation.StockoutZones.Contains(ZoneOf(op.Scope), StringComparer.Ordinal):
                return await StockoutAsync(db, op, plan, target, cancellationToken);
            case "instances.insert" or "instances.start":
            {
                if (target is null) return OperationFailure.NotFound(targetPath);
                var doc = ResourceStore.Document(target);
                doc["status"] = "RUNNING";
                doc["lastStartTimestamp"] = Timestamps.Format(now);
                ResourceStore.Update(target, doc);
                if (plan["disks"] is JsonArray disks)
                {
                    foreach (var key in disks.Select(d => (string?)d))
                    {
                        var disk = key is null ? null : await db.Resources.FindAsync([key], cancellationToken);
                        if (disk is null) continue;
                        var dd = ResourceStore.Document(disk);
                        dd["status"] = "READY";
                        ResourceStore.Update(disk, dd);
                    }
                }
                await SerialConsole.AppendAsync(db, target.Key, SerialConsole.BootLog(target.Name, now, options.Value.Simulation.BootMarker), cancellationToken);
                return null;
            }
            case "instances.stop":
            {
                if (target is null) return OperationFailure.NotFound(targetPath);
                var doc = ResourceStore.Document(target);
                doc["status"] = "TERMINATED";
                doc["lastStopTimestamp"] = Timestamps.Format(now);
                ResourceStore.Update(target, doc);
                await SerialConsole.AppendAsync(db, target.Key, "LocalCloud: shutting down\r\n", cancellationToken);
                return null;
            }
            case "instances.delete":
            {
                if (target is null) return null;
                var doc = ResourceStore.Document(target);
                if (doc["disks"] is JsonArray attached)
                {
                    foreach (var a in attached.OfType<JsonObject>())
                    {
                        var source = ResourceRef.TryParse((string?)a["source"], "disks", target.Project, target.Scope);
                        var disk = source is null ? null : await db.Resources.FindAsync([source.Key], cancellationToken);
                        if (disk is null) continue;
                        if (ComputeJson.ReadBool(a["autoDelete"])) db.Resources.Remove(disk);
                        else
                        {
                            var dd = ResourceStore.Document(disk);
                            dd.Remove("users");
                            ResourceStore.Update(disk, dd);
                        }
                    }
                }
                db.Resources.Remove(target);
                var serial = await db.SerialOutputs.FindAsync([target.Key], cancellationToken);
                if (serial is not null) db.SerialOutputs.Remove(serial);
                return null;
            }
            default:
                return null;
        }
    }

    /// <summary>A stocked-out zone: the insert leaves nothing behind (VM and its new disks); a start leaves the VM TERMINATED.</summary>
    private static async Task<OperationFailure> StockoutAsync(LocalCloudDbContext db, OperationRecord op, JsonObject plan, ResourceRecord? target, CancellationToken cancellationToken)
    {
        if (target is not null && op.Kind == "instances.insert")
        {
            var created = (plan["disks"] as JsonArray ?? []).Select(d => (string?)d).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var a in (ResourceStore.Document(target)["disks"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var source = ResourceRef.TryParse((string?)a["source"], "disks", target.Project, target.Scope);
                var disk = source is null ? null : await db.Resources.FindAsync([source.Key], cancellationToken);
                if (disk is null) continue;
                if (created.Contains(disk.Key))
                {
                    db.Resources.Remove(disk);
                }
                else
                {
                    var dd = ResourceStore.Document(disk);
                    dd.Remove("users");
                    ResourceStore.Update(disk, dd);
                }
            }
            db.Resources.Remove(target);
        }
        else if (target is not null)
        {
            var doc = ResourceStore.Document(target);
            doc["status"] = "TERMINATED";
            ResourceStore.Update(target, doc);
        }
        return OperationFailure.ZoneResourcePoolExhausted($"projects/{op.Project}/{op.Scope}");
    }

    private static string ZoneOf(string scope) => scope.StartsWith("zones/", StringComparison.Ordinal) ? scope["zones/".Length..] : "";

    private static async Task SetStatusAsync(LocalCloudDbContext db, string key, string status, CancellationToken cancellationToken)
    {
        var record = await db.Resources.FindAsync([key], cancellationToken);
        if (record is null) return;
        var doc = ResourceStore.Document(record);
        doc["status"] = status;
        ResourceStore.Update(record, doc);
    }

    private static string TargetPath(string key)
    {
        var parts = key.Split('/');
        return "projects/" + string.Join('/', parts);
    }
}
