using System.Globalization;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.BrowserBench;

/// <summary>Writes machine images and images straight into LocalCloud's store (a seed hook: the API's per-instance rate limits would make 1,000 creations take days of simulated time).</summary>
internal static class BenchSeeder
{
    private static long _id = 8_000_000_000_000_000_000;

    public static async Task SeedAsync(IDbContextFactory<LocalCloudDbContext> factory, string project, int machineImages, int images)
    {
        await using var db = await factory.CreateDbContextAsync();
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var id = Interlocked.Add(ref _id, 100_000) - 100_000; // ids unique across the seeded projects
        string[] locations = ["us-central1", "europe-west1", "us", "asia-east1"];
        for (var i = 0; i < machineImages; i++)
        {
            var name = $"mi-{i:D5}";
            var created = start.AddHours(i * 7);
            var doc = new JsonObject
            {
                ["kind"] = "compute#machineImage",
                ["id"] = (++id).ToString(CultureInfo.InvariantCulture),
                ["name"] = name,
                ["status"] = "READY",
                ["creationTimestamp"] = created.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                ["sourceInstance"] = StoredLinks.Compute($"projects/{project}/zones/us-central1-a/instances/vm-{i % 40}"),
                ["storageLocations"] = new JsonArray(locations[i % locations.Length]),
                ["totalStorageBytes"] = ((long)(i % 50 + 1) * 1_073_741_824).ToString(CultureInfo.InvariantCulture),
                ["labels"] = new JsonObject { ["env"] = i % 3 == 0 ? "prod" : "staging", ["team"] = "t" + (i % 7) },
                ["selfLink"] = StoredLinks.Compute($"projects/{project}/global/machineImages/{name}"),
            };
            ResourceStore.Add(db, project, "global", "machineImages", name, id, created, doc);
        }
        for (var i = 0; i < images; i++)
        {
            var family = "fam-" + (i % 50).ToString("D2", CultureInfo.InvariantCulture);
            var version = i / 50;
            var name = $"{family}-v{version:D3}";
            var created = start.AddHours(i * 1.5);
            var doc = new JsonObject
            {
                ["kind"] = "compute#image",
                ["id"] = (++id).ToString(CultureInfo.InvariantCulture),
                ["name"] = name,
                ["family"] = family,
                ["status"] = "READY",
                ["creationTimestamp"] = created.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                ["diskSizeGb"] = "20",
                ["archiveSizeBytes"] = "1073741824",
                ["architecture"] = "X86_64",
                ["sourceDisk"] = StoredLinks.Compute($"projects/{project}/zones/us-central1-a/disks/d-{i % 30}"),
                ["sourceType"] = "RAW",
                ["storageLocations"] = new JsonArray(locations[i % locations.Length]),
                ["selfLink"] = StoredLinks.Compute($"projects/{project}/global/images/{name}"),
            };
            if (version < 90)
            {
                doc["deprecated"] = new JsonObject
                {
                    ["state"] = version < 60 ? "OBSOLETE" : "DEPRECATED",
                    ["replacement"] = StoredLinks.Compute($"projects/{project}/global/images/{family}-v099"),
                };
            }
            ResourceStore.Add(db, project, "global", "images", name, id, created, doc);
        }
        await db.SaveChangesAsync();
    }
}
