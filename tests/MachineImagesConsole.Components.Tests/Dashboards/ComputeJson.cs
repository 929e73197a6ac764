using System.Globalization;
using System.Text.Json.Nodes;

namespace MachineImagesConsole.Components.Tests.Dashboards;

/// <summary>Builds Compute list JSON as the API writes it (int64 as strings, camelCase).</summary>
internal static class ComputeJson
{
    public static string List(string kind, params JsonObject[] items)
        => new JsonObject { ["kind"] = kind, ["items"] = new JsonArray([.. items]) }.ToJsonString();

    public static JsonObject MachineImage(string name, string status = "READY", string instance = "web-1", string location = "us-central1",
        long bytes = 10L * 1024 * 1024 * 1024, int disks = 1, string created = "2025-03-01T04:00:00.000-08:00", string? labels = null, string? description = null)
    {
        var obj = new JsonObject
        {
            ["kind"] = "compute#machineImage",
            ["name"] = name,
            ["status"] = status,
            ["sourceInstance"] = $"https://www.googleapis.com/compute/v1/projects/acme-prod/zones/{location}-a/instances/{instance}",
            ["storageLocations"] = new JsonArray(location),
            ["totalStorageBytes"] = bytes.ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = created,
            ["savedDisks"] = new JsonArray([.. Enumerable.Range(0, disks).Select(i => (JsonNode)new JsonObject { ["kind"] = "compute#savedDisk", ["storageBytes"] = "1024" })]),
        };
        if (description is not null) obj["description"] = description;
        if (labels is not null)
        {
            var l = new JsonObject();
            foreach (var pair in labels.Split(','))
            {
                var kv = pair.Split('=');
                l[kv[0]] = kv[1];
            }
            obj["labels"] = l;
        }
        return obj;
    }

    public static JsonObject Image(string name, string? family = null, string? state = null, string? replacement = null,
        string created = "2025-03-01T04:00:00.000-08:00", long diskSizeGb = 10, string status = "READY", string project = "acme-prod")
    {
        var obj = new JsonObject
        {
            ["kind"] = "compute#image",
            ["name"] = name,
            ["status"] = status,
            ["creationTimestamp"] = created,
            ["diskSizeGb"] = diskSizeGb.ToString(CultureInfo.InvariantCulture),
            ["archiveSizeBytes"] = "1073741824",
            ["architecture"] = "X86_64",
            ["sourceDisk"] = $"https://www.googleapis.com/compute/v1/projects/{project}/zones/us-central1-a/disks/{name}-disk",
            ["sourceType"] = "RAW",
            ["storageLocations"] = new JsonArray("us"),
            ["selfLink"] = $"https://www.googleapis.com/compute/v1/projects/{project}/global/images/{name}",
        };
        if (family is not null) obj["family"] = family;
        if (state is not null)
        {
            var dep = new JsonObject { ["state"] = state };
            if (replacement is not null) dep["replacement"] = $"https://www.googleapis.com/compute/v1/projects/{project}/global/images/{replacement}";
            if (state == "DEPRECATED") dep["obsolete"] = "2026-01-01T00:00:00Z";
            obj["deprecated"] = dep;
        }
        return obj;
    }
}
