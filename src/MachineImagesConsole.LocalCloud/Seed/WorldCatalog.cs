using System.Text.RegularExpressions;

namespace MachineImagesConsole.LocalCloud.Seed;

/// <summary>The fixed parts of LocalCloud's world: regions, zones, multi-regions and predefined machine types.</summary>
public static partial class WorldCatalog
{
    public static readonly IReadOnlyDictionary<string, string[]> RegionZones = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["us-central1"] = ["us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f"],
        ["us-east1"] = ["us-east1-b", "us-east1-c", "us-east1-d"],
        ["europe-west1"] = ["europe-west1-b", "europe-west1-c", "europe-west1-d"],
        ["asia-east1"] = ["asia-east1-a", "asia-east1-b"],
    };

    /// <summary>Multi-regional storage locations and the regions they cover.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MultiRegions = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["us"] = ["us-central1", "us-east1"],
        ["eu"] = ["europe-west1"],
        ["asia"] = ["asia-east1"],
    };

    public static IEnumerable<string> Zones => RegionZones.Values.SelectMany(z => z);

    public static bool IsZone(string zone) => Zones.Contains(zone, StringComparer.Ordinal);

    public static bool IsRegion(string region) => RegionZones.ContainsKey(region);

    public static string RegionOf(string zone) => zone[..zone.LastIndexOf('-')];

    public static string MultiRegionOf(string region) => MultiRegions.First(m => m.Value.Contains(region)).Key;

    public static bool IsStorageLocation(string location) => IsRegion(location) || MultiRegions.ContainsKey(location);

    /// <summary>Predefined machine types: name → (vCPUs, memory MB, shared core).</summary>
    public static readonly IReadOnlyDictionary<string, (int Cpus, int MemoryMb, bool Shared)> MachineTypes = new Dictionary<string, (int, int, bool)>(StringComparer.Ordinal)
    {
        ["e2-micro"] = (2, 1024, true),
        ["e2-small"] = (2, 2048, true),
        ["e2-medium"] = (2, 4096, true),
        ["e2-standard-2"] = (2, 8192, false),
        ["e2-standard-4"] = (4, 16384, false),
        ["e2-standard-8"] = (8, 32768, false),
        ["e2-highmem-4"] = (4, 32768, false),
        ["n2-standard-2"] = (2, 8192, false),
        ["n2-standard-4"] = (4, 16384, false),
        ["n2-standard-8"] = (8, 32768, false),
        ["n2-standard-16"] = (16, 65536, false),
        ["n2-highmem-4"] = (4, 32768, false),
        ["n2-highcpu-8"] = (8, 8192, false),
        ["c3-standard-4"] = (4, 16384, false),
        ["c3-standard-8"] = (8, 32768, false),
    };

    [GeneratedRegex("^(?:(e2|n1|n2|n2d)-)?custom-([0-9]{1,3})-([0-9]{3,7})(-ext)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CustomRegex();

    /// <summary>Resolves a predefined or custom machine type; null with a reason when it is not valid.</summary>
    public static (int Cpus, int MemoryMb, bool Shared)? Resolve(string name, out string? problem)
    {
        problem = null;
        if (MachineTypes.TryGetValue(name, out var t)) return t;
        var m = CustomRegex().Match(name);
        if (!m.Success)
        {
            problem = $"Machine type '{name}' does not exist.";
            return null;
        }
        var cpus = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var memory = int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        var extended = m.Groups[4].Success;
        // N1 (no family prefix): 0.9–6.5 GB per vCPU; E2, N2 and N2D: 0.5–8 GB per vCPU.
        var n1 = !m.Groups[1].Success || m.Groups[1].Value == "n1";
        var minPerCpu = n1 ? 922 : 512;
        var maxPerCpu = n1 ? 6656 : 8192;
        if (cpus < 1 || cpus > 96 || (cpus > 1 && cpus % 2 != 0))
            problem = $"Custom machine type '{name}': vCPUs must be 1 or an even number up to 96.";
        else if (memory % 256 != 0)
            problem = $"Custom machine type '{name}': memory must be a multiple of 256 MB.";
        else if (memory < cpus * minPerCpu)
            problem = $"Custom machine type '{name}': memory must be at least {minPerCpu} MB per vCPU ({cpus * minPerCpu} MB).";
        else if (!extended && memory > cpus * maxPerCpu)
            problem = $"Custom machine type '{name}': memory must be at most {maxPerCpu} MB per vCPU ({cpus * maxPerCpu} MB) unless extended memory (-ext) is used.";
        return problem is null ? (cpus, memory, false) : null;
    }
}
