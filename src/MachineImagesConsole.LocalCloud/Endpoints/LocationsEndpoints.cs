using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Seed;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary><c>zones.*</c>, <c>regions.*</c> and <c>machineTypes.*</c>, generated from <see cref="WorldCatalog"/> (the same in every project).</summary>
public static class LocationsEndpoints
{
    private const string Epoch = "1969-12-31T16:00:00.000-08:00";

    public static async Task<JsonNode?> ListZonesAsync(ComputeCall call)
    {
        await call.RequireAsync("compute.zones.list", $"projects/{call.Project}");
        return ComputeLists.List(call, "compute#zoneList", $"projects/{call.Project}/zones", WorldCatalog.Zones.Select(z => Zone(call.Project, z)));
    }

    public static async Task<JsonNode?> GetZoneAsync(ComputeCall call)
    {
        var zone = call.Route("zone");
        await call.RequireAsync("compute.zones.get", $"projects/{call.Project}/zones/{zone}");
        if (!WorldCatalog.IsZone(zone)) throw GoogleErrors.NotFound($"projects/{call.Project}/zones/{zone}");
        return Zone(call.Project, zone);
    }

    public static async Task<JsonNode?> ListRegionsAsync(ComputeCall call)
    {
        await call.RequireAsync("compute.regions.list", $"projects/{call.Project}");
        return ComputeLists.List(call, "compute#regionList", $"projects/{call.Project}/regions", WorldCatalog.RegionZones.Keys.Select(r => Region(call.Project, r)));
    }

    public static async Task<JsonNode?> GetRegionAsync(ComputeCall call)
    {
        var region = call.Route("region");
        await call.RequireAsync("compute.regions.get", $"projects/{call.Project}/regions/{region}");
        if (!WorldCatalog.IsRegion(region)) throw GoogleErrors.NotFound($"projects/{call.Project}/regions/{region}");
        return Region(call.Project, region);
    }

    public static async Task<JsonNode?> ListMachineTypesAsync(ComputeCall call)
    {
        var scope = StoredResources.ZoneScope(call);
        await call.RequireAsync("compute.machineTypes.list", $"projects/{call.Project}");
        var zone = call.Route("zone");
        return ComputeLists.List(call, "compute#machineTypeList", $"projects/{call.Project}/{scope}/machineTypes",
            WorldCatalog.MachineTypes.Keys.Select(t => MachineType(call.Project, zone, t, WorldCatalog.MachineTypes[t])));
    }

    /// <summary>Predefined types and valid custom shapes (<c>custom-CPUS-MEMORYMB</c>, optionally with a family prefix).</summary>
    public static async Task<JsonNode?> GetMachineTypeAsync(ComputeCall call)
    {
        var scope = StoredResources.ZoneScope(call);
        var zone = call.Route("zone");
        var name = call.Route("machineType");
        var path = $"projects/{call.Project}/{scope}/machineTypes/{name}";
        await call.RequireAsync("compute.machineTypes.get", path);
        var shape = WorldCatalog.Resolve(name, out var problem);
        if (shape is null)
        {
            if (name.Contains("custom-", StringComparison.Ordinal)) throw GoogleErrors.InvalidField("machineType", name, problem!);
            throw GoogleErrors.NotFound(path);
        }
        return MachineType(call.Project, zone, name, shape.Value);
    }

    private static JsonObject Zone(string project, string zone) => new()
    {
        ["kind"] = "compute#zone",
        ["id"] = ComputeJson.Int64(StableId("zone/" + zone)),
        ["creationTimestamp"] = Epoch,
        ["name"] = zone,
        ["description"] = zone,
        ["status"] = "UP",
        ["region"] = StoredLinks.Compute($"projects/{project}/regions/{WorldCatalog.RegionOf(zone)}"),
        ["selfLink"] = StoredLinks.Compute($"projects/{project}/zones/{zone}"),
        ["availableCpuPlatforms"] = new JsonArray("Intel Cascade Lake", "Intel Ice Lake", "AMD Milan"),
        ["supportsPzs"] = false,
    };

    private static JsonObject Region(string project, string region) => new()
    {
        ["kind"] = "compute#region",
        ["id"] = ComputeJson.Int64(StableId("region/" + region)),
        ["creationTimestamp"] = Epoch,
        ["name"] = region,
        ["description"] = region,
        ["status"] = "UP",
        ["zones"] = new JsonArray([.. WorldCatalog.RegionZones[region].Select(z => (JsonNode)JsonValue.Create(StoredLinks.Compute($"projects/{project}/zones/{z}"))!)]),
        ["quotas"] = new JsonArray(
            new JsonObject { ["metric"] = "CPUS", ["limit"] = 96.0, ["usage"] = 0.0 },
            new JsonObject { ["metric"] = "DISKS_TOTAL_GB", ["limit"] = 102400.0, ["usage"] = 0.0 }),
        ["selfLink"] = StoredLinks.Compute($"projects/{project}/regions/{region}"),
        ["supportsPzs"] = false,
    };

    private static JsonObject MachineType(string project, string zone, string name, (int Cpus, int MemoryMb, bool Shared) shape)
    {
        var doc = new JsonObject
        {
            ["kind"] = "compute#machineType",
            ["id"] = ComputeJson.Int64(StableId("machineType/" + name)),
            ["creationTimestamp"] = Epoch,
            ["name"] = name,
            ["description"] = $"{shape.Cpus} vCPU{(shape.Cpus == 1 ? "" : "s")}, {shape.MemoryMb / 1024.0:0.##} GB RAM",
            ["guestCpus"] = shape.Cpus,
            ["memoryMb"] = shape.MemoryMb,
            ["imageSpaceGb"] = 0,
            ["maximumPersistentDisks"] = shape.Shared ? 16 : 128,
            ["maximumPersistentDisksSizeGb"] = ComputeJson.Int64(shape.Shared ? 3072 : 263168),
            ["zone"] = zone,
            ["selfLink"] = StoredLinks.Compute($"projects/{project}/zones/{zone}/machineTypes/{name}"),
            ["isSharedCpu"] = shape.Shared,
        };
        return doc;
    }

    internal static long StableId(string text) =>
        (long)(BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0) % 8_000_000_000_000_000_000UL) + 1_000_000_000_000_000_000;
}
