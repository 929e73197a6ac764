using System.Globalization;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Endpoints;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Iam;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Seed;

/// <summary>
/// Builds the demo world (deterministic: a seeded RNG; timestamps relative to the seeding time) and adds it in one
/// bulk insert: networks, instances with boot and data disks, snapshots, templates, machine images, ~300 images in
/// acme-prod, public image projects with DEPRECATED/OBSOLETE members and an image shared with the help desk.
/// </summary>
public sealed class DemoWorldSeeder(LocalCloudDbContext db, DateTimeOffset now, LocalCloudOptions options)
{
    private readonly Random _random = new(20240601);

    public void Seed()
    {
        foreach (var project in options.Projects.Where(p => !p.Value.PublicImages).Select(p => p.Key))
            Networks(project);

        PublicImages("debian-cloud", [("debian-11", "debian-11-bullseye", 10), ("debian-12", "debian-12-bookworm", 10)], windows: false);
        PublicImages("ubuntu-os-cloud", [("ubuntu-2204-lts", "ubuntu-2204-jammy", 10), ("ubuntu-2404-lts", "ubuntu-2404-noble", 10)], windows: false);
        PublicImages("rhel-cloud", [("rhel-8", "rhel-8", 20), ("rhel-9", "rhel-9", 20)], windows: false);
        PublicImages("windows-cloud", [("windows-2019", "windows-server-2019-dc", 50), ("windows-2022", "windows-server-2022-dc", 50)], windows: true);

        if (options.Projects.ContainsKey("acme-prod"))
        {
            Instance("acme-prod", "us-central1-a", "web-1", "e2-standard-4", "RUNNING", [50], "prod-vpc", new() { ["env"] = "prod", ["team"] = "web" });
            Instance("acme-prod", "us-central1-b", "web-2", "e2-standard-4", "RUNNING", [50], "prod-vpc", new() { ["env"] = "prod", ["team"] = "web" });
            Instance("acme-prod", "us-central1-a", "db-primary", "n2-highmem-4", "RUNNING", [100, 400], "prod-vpc", new() { ["env"] = "prod", ["team"] = "data" });
            Instance("acme-prod", "us-central1-c", "app-server-1", "n2-standard-4", "TERMINATED", [50, 200], "default", new() { ["env"] = "prod", ["team"] = "app" });
            Instance("acme-prod", "europe-west1-b", "batch-worker", "c3-standard-4", "RUNNING", [100], "default", new() { ["env"] = "prod", ["team"] = "batch" });
            Snapshot("acme-prod", "us-central1-a", "db-primary-data-snap-1", "db-primary-data-1", 400, 30);
            Snapshot("acme-prod", "us-central1-a", "web-1-boot-snap", "web-1", 50, 12);
            Template("acme-prod", "web-template", "e2-standard-4", "projects/debian-cloud/global/images/family/debian-12");
            Template("acme-prod", "batch-template", "c3-standard-4", "projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts");
            MachineImage("acme-prod", "db-primary-weekly-1", "us-central1-a", "db-primary", [100, 400], 21);
            MachineImage("acme-prod", "db-primary-weekly-2", "us-central1-a", "db-primary", [100, 400], 14);
            MachineImage("acme-prod", "db-primary-weekly-3", "us-central1-a", "db-primary", [100, 400], 7);
            MachineImage("acme-prod", "web-1-nightly", "us-central1-a", "web-1", [50], 1);
            MachineImage("acme-prod", "app-server-1-before-upgrade", "us-central1-c", "app-server-1", [50, 200], 40);
            ProdImages();
        }
        if (options.Projects.ContainsKey("acme-staging"))
        {
            Instance("acme-staging", "us-central1-a", "staging-web-1", "e2-medium", "RUNNING", [20], "default", new() { ["env"] = "staging", ["team"] = "web" });
            Instance("acme-staging", "us-east1-b", "staging-db", "n2-standard-2", "TERMINATED", [50, 100], "default", new() { ["env"] = "staging", ["team"] = "data" });
            MachineImage("acme-staging", "staging-web-1-baseline", "us-central1-a", "staging-web-1", [20], 30);
            for (var i = 1; i <= 8; i++) Image("acme-staging", $"staging-web-v{i}", "staging-web", 20, now.AddDays(-90 + (i * 10)), null, null);
        }
        if (options.Projects.ContainsKey("acme-dr"))
        {
            Instance("acme-dr", "europe-west1-c", "dr-standby", "n2-standard-4", "TERMINATED", [50], "dr-drill-vpc", new() { ["env"] = "dr" });
            MachineImage("acme-dr", "dr-standby-golden", "europe-west1-c", "dr-standby", [50], 60);
        }
        if (options.Projects.ContainsKey("acme-helpdesk-sandbox"))
        {
            Instance("acme-helpdesk-sandbox", "us-central1-f", "hd-test-vm", "e2-small", "RUNNING", [10], "default", new() { ["env"] = "sandbox" });
        }
    }

    private void Networks(string project)
    {
        Network(project, "default", auto: true, WorldCatalog.RegionZones.Keys.Select((r, i) => ("default", r, $"10.{128 + (i * 4)}.0.0/20")));
        if (project == "acme-prod")
            Network(project, "prod-vpc", auto: false, [("prod-us-central1", "us-central1", "10.10.0.0/20"), ("prod-europe-west1", "europe-west1", "10.10.16.0/20")]);
        if (project == "acme-dr")
            Network(project, "dr-drill-vpc", auto: false, [("dr-europe-west1", "europe-west1", "10.50.0.0/20"), ("dr-us-east1", "us-east1", "10.50.16.0/20")], description: "Isolated network for restore drills (no peering, no routes to prod).");
    }

    private void Network(string project, string name, bool auto, IEnumerable<(string Name, string Region, string Cidr)> subnets, string? description = null)
    {
        var networkPath = $"projects/{project}/global/networks/{name}";
        var links = new JsonArray();
        foreach (var (subnet, region, cidr) in subnets)
        {
            var path = $"projects/{project}/regions/{region}/subnetworks/{subnet}";
            links.Add(StoredLinks.Compute(path));
            var id = IdGenerator.Next(_random);
            Add(project, "regions/" + region, "subnetworks", subnet, id, now.AddDays(-400), new JsonObject
            {
                ["kind"] = "compute#subnetwork",
                ["id"] = ComputeJson.Int64(id),
                ["creationTimestamp"] = Timestamps.Format(now.AddDays(-400)),
                ["name"] = subnet,
                ["network"] = StoredLinks.Compute(networkPath),
                ["ipCidrRange"] = cidr,
                ["gatewayAddress"] = cidr.Split('/')[0][..^1] + "1",
                ["region"] = StoredLinks.Compute($"projects/{project}/regions/{region}"),
                ["selfLink"] = StoredLinks.Compute(path),
                ["privateIpGoogleAccess"] = false,
                ["stackType"] = "IPV4_ONLY",
                ["purpose"] = "PRIVATE",
                ["fingerprint"] = "ezKwbVDkVxY=",
            });
        }
        var nid = IdGenerator.Next(_random);
        var doc = new JsonObject
        {
            ["kind"] = "compute#network",
            ["id"] = ComputeJson.Int64(nid),
            ["creationTimestamp"] = Timestamps.Format(now.AddDays(-400)),
            ["name"] = name,
            ["selfLink"] = StoredLinks.Compute(networkPath),
            ["autoCreateSubnetworks"] = auto,
            ["subnetworks"] = links,
            ["mtu"] = 1460,
            ["routingConfig"] = new JsonObject { ["routingMode"] = "REGIONAL" },
            ["networkFirewallPolicyEnforcementOrder"] = "AFTER_CLASSIC_FIREWALL",
        };
        if (description is not null) doc["description"] = description;
        Add(project, "global", "networks", name, nid, now.AddDays(-400), doc);
    }

    private void Instance(string project, string zone, string name, string machineType, string status, int[] disksGb, string network, Dictionary<string, string> labels)
    {
        var scope = "zones/" + zone;
        var region = WorldCatalog.RegionOf(zone);
        var created = now.AddDays(-_random.Next(60, 300));
        var id = IdGenerator.Next(_random);
        var instancePath = $"projects/{project}/{scope}/instances/{name}";
        var attached = new JsonArray();
        for (var i = 0; i < disksGb.Length; i++)
        {
            var boot = i == 0;
            var diskName = boot ? name : $"{name}-data-{i}";
            var diskPath = $"projects/{project}/{scope}/disks/{diskName}";
            var diskId = IdGenerator.Next(_random);
            var disk = new JsonObject
            {
                ["kind"] = "compute#disk",
                ["id"] = ComputeJson.Int64(diskId),
                ["creationTimestamp"] = Timestamps.Format(created),
                ["name"] = diskName,
                ["sizeGb"] = ComputeJson.Int64(disksGb[i]),
                ["zone"] = StoredLinks.Compute($"projects/{project}/{scope}"),
                ["status"] = "READY",
                ["selfLink"] = StoredLinks.Compute(diskPath),
                ["type"] = StoredLinks.Compute($"projects/{project}/{scope}/diskTypes/{(boot ? "pd-balanced" : "pd-ssd")}"),
                ["users"] = new JsonArray(StoredLinks.Compute(instancePath)),
                ["labelFingerprint"] = StoredResources.LabelFingerprint([]),
                ["physicalBlockSizeBytes"] = ComputeJson.Int64(4096),
                ["architecture"] = "X86_64",
            };
            if (boot)
            {
                disk["sourceImage"] = StoredLinks.Compute("projects/debian-cloud/global/images/debian-12-bookworm-v20240515");
                disk["guestOsFeatures"] = new JsonArray(new JsonObject { ["type"] = "UEFI_COMPATIBLE" }, new JsonObject { ["type"] = "VIRTIO_SCSI_MULTIQUEUE" }, new JsonObject { ["type"] = "GVNIC" });
            }
            Add(project, scope, "disks", diskName, diskId, created, disk);
            attached.Add(new JsonObject
            {
                ["kind"] = "compute#attachedDisk",
                ["type"] = "PERSISTENT",
                ["mode"] = "READ_WRITE",
                ["source"] = StoredLinks.Compute(diskPath),
                ["deviceName"] = boot ? "persistent-disk-0" : $"data-{i}",
                ["index"] = i,
                ["boot"] = boot,
                ["autoDelete"] = boot,
                ["interface"] = "SCSI",
                ["diskSizeGb"] = ComputeJson.Int64(disksGb[i]),
            });
        }
        var subnet = network switch
        {
            "prod-vpc" => region == "europe-west1" ? "prod-europe-west1" : "prod-us-central1",
            "dr-drill-vpc" => region == "us-east1" ? "dr-us-east1" : "dr-europe-west1",
            _ => "default",
        };
        var labelObject = new JsonObject();
        foreach (var (k, v) in labels) labelObject[k] = v;
        var doc = new JsonObject
        {
            ["kind"] = "compute#instance",
            ["id"] = ComputeJson.Int64(id),
            ["creationTimestamp"] = Timestamps.Format(created),
            ["name"] = name,
            ["description"] = $"Demo {labels.GetValueOrDefault("team", "sandbox")} server",
            ["machineType"] = StoredLinks.Compute($"projects/{project}/{scope}/machineTypes/{machineType}"),
            ["status"] = status,
            ["zone"] = StoredLinks.Compute($"projects/{project}/{scope}"),
            ["networkInterfaces"] = new JsonArray(new JsonObject
            {
                ["kind"] = "compute#networkInterface",
                ["name"] = "nic0",
                ["network"] = StoredLinks.Compute($"projects/{project}/global/networks/{network}"),
                ["subnetwork"] = StoredLinks.Compute($"projects/{project}/regions/{region}/subnetworks/{subnet}"),
                ["networkIP"] = $"10.{_random.Next(10, 200)}.0.{_random.Next(2, 250)}",
                ["stackType"] = "IPV4_ONLY",
                ["fingerprint"] = "lOOGyp0F2V8=",
            }),
            ["disks"] = attached,
            ["metadata"] = new JsonObject
            {
                ["kind"] = "compute#metadata",
                ["fingerprint"] = "Kn5RtVZ5dDw=",
                ["items"] = new JsonArray(new JsonObject { ["key"] = "enable-oslogin", ["value"] = "TRUE" }),
            },
            ["serviceAccounts"] = new JsonArray(new JsonObject
            {
                ["email"] = $"{options.Projects[project].Number}-compute@developer.gserviceaccount.com",
                ["scopes"] = new JsonArray("https://www.googleapis.com/auth/cloud-platform"),
            }),
            ["scheduling"] = new JsonObject { ["onHostMaintenance"] = "MIGRATE", ["automaticRestart"] = true, ["preemptible"] = false, ["provisioningModel"] = "STANDARD" },
            ["tags"] = new JsonObject { ["items"] = new JsonArray("http-server"), ["fingerprint"] = "FYLDgkTKlA4=" },
            ["labels"] = labelObject,
            ["labelFingerprint"] = StoredResources.LabelFingerprint(labelObject),
            ["selfLink"] = StoredLinks.Compute(instancePath),
            ["cpuPlatform"] = "Intel Cascade Lake",
            ["startRestricted"] = false,
            ["deletionProtection"] = false,
            ["fingerprint"] = "Jj3eUkPDJhs=",
            ["lastStartTimestamp"] = Timestamps.Format(created.AddMinutes(1)),
        };
        if (status == "TERMINATED") doc["lastStopTimestamp"] = Timestamps.Format(now.AddDays(-3));
        var record = Add(project, scope, "instances", name, id, created, doc);
        if (status == "RUNNING")
            db.SerialOutputs.Add(new SerialOutputRecord { InstanceKey = record.Key, Contents = SerialConsole.BootLog(name, created.AddMinutes(1), options.Simulation.BootMarker) });
    }

    private void Snapshot(string project, string zone, string name, string disk, int sizeGb, int daysAgo)
    {
        var id = IdGenerator.Next(_random);
        var created = now.AddDays(-daysAgo);
        Add(project, "global", "snapshots", name, id, created, new JsonObject
        {
            ["kind"] = "compute#snapshot",
            ["id"] = ComputeJson.Int64(id),
            ["creationTimestamp"] = Timestamps.Format(created),
            ["name"] = name,
            ["status"] = "READY",
            ["sourceDisk"] = StoredLinks.Compute($"projects/{project}/zones/{zone}/disks/{disk}"),
            ["diskSizeGb"] = ComputeJson.Int64(sizeGb),
            ["storageBytes"] = ComputeJson.Int64(sizeGb * 350_000_000L),
            ["storageBytesStatus"] = "UP_TO_DATE",
            ["storageLocations"] = new JsonArray("us"),
            ["selfLink"] = StoredLinks.Compute($"projects/{project}/global/snapshots/{name}"),
            ["labelFingerprint"] = StoredResources.LabelFingerprint([]),
            ["architecture"] = "X86_64",
        });
    }

    private void Template(string project, string name, string machineType, string sourceImage)
    {
        var id = IdGenerator.Next(_random);
        var created = now.AddDays(-120);
        Add(project, "global", "instanceTemplates", name, id, created, new JsonObject
        {
            ["kind"] = "compute#instanceTemplate",
            ["id"] = ComputeJson.Int64(id),
            ["creationTimestamp"] = Timestamps.Format(created),
            ["name"] = name,
            ["description"] = $"Template for {name.Replace("-template", "", StringComparison.Ordinal)} servers",
            ["properties"] = new JsonObject
            {
                ["machineType"] = machineType,
                ["disks"] = new JsonArray(new JsonObject
                {
                    ["type"] = "PERSISTENT", ["boot"] = true, ["autoDelete"] = true, ["mode"] = "READ_WRITE", ["deviceName"] = "boot",
                    ["initializeParams"] = new JsonObject { ["sourceImage"] = sourceImage, ["diskSizeGb"] = "20", ["diskType"] = "pd-balanced" },
                }),
                ["networkInterfaces"] = new JsonArray(new JsonObject { ["network"] = $"projects/{project}/global/networks/default" }),
                ["labels"] = new JsonObject { ["managed-by"] = "template" },
                ["scheduling"] = new JsonObject { ["onHostMaintenance"] = "MIGRATE", ["automaticRestart"] = true },
            },
            ["selfLink"] = StoredLinks.Compute($"projects/{project}/global/instanceTemplates/{name}"),
        });
    }

    private void MachineImage(string project, string name, string zone, string instance, int[] disksGb, int daysAgo)
    {
        var id = IdGenerator.Next(_random);
        var created = now.AddDays(-daysAgo).AddMinutes(-_random.Next(0, 600));
        var instancePath = $"projects/{project}/zones/{zone}/instances/{instance}";
        var saved = new JsonArray();
        var savedAttached = new JsonArray();
        var propertyDisks = new JsonArray();
        long total = 0;
        for (var i = 0; i < disksGb.Length; i++)
        {
            var bytes = disksGb[i] * 400_000_000L;
            total += bytes;
            var diskName = i == 0 ? instance : $"{instance}-data-{i}";
            var source = StoredLinks.Compute($"projects/{project}/zones/{zone}/disks/{diskName}");
            saved.Add(new JsonObject { ["kind"] = "compute#savedDisk", ["sourceDisk"] = source, ["storageBytes"] = ComputeJson.Int64(bytes), ["storageBytesStatus"] = "UP_TO_DATE", ["architecture"] = "X86_64" });
            savedAttached.Add(new JsonObject
            {
                ["kind"] = "compute#savedAttachedDisk", ["type"] = "PERSISTENT", ["mode"] = "READ_WRITE", ["source"] = source,
                ["deviceName"] = i == 0 ? "persistent-disk-0" : $"data-{i}", ["index"] = i, ["boot"] = i == 0, ["autoDelete"] = i == 0,
                ["interface"] = "SCSI", ["diskSizeGb"] = ComputeJson.Int64(disksGb[i]), ["storageBytes"] = ComputeJson.Int64(bytes), ["storageBytesStatus"] = "UP_TO_DATE",
            });
            propertyDisks.Add(new JsonObject
            {
                ["kind"] = "compute#attachedDisk", ["type"] = "PERSISTENT", ["mode"] = "READ_WRITE",
                ["deviceName"] = i == 0 ? "persistent-disk-0" : $"data-{i}", ["index"] = i, ["boot"] = i == 0, ["autoDelete"] = i == 0,
                ["interface"] = "SCSI", ["diskSizeGb"] = ComputeJson.Int64(disksGb[i]),
            });
        }
        var region = WorldCatalog.RegionOf(zone);
        var properties = new JsonObject
        {
            ["machineType"] = project == "acme-prod" && instance == "db-primary" ? "n2-highmem-4" : "e2-standard-4",
            ["disks"] = propertyDisks,
            ["networkInterfaces"] = new JsonArray(new JsonObject
            {
                ["network"] = StoredLinks.Compute($"projects/{project}/global/networks/default"),
                ["subnetwork"] = StoredLinks.Compute($"projects/{project}/regions/{region}/subnetworks/default"),
                ["name"] = "nic0", ["stackType"] = "IPV4_ONLY",
            }),
            ["labels"] = new JsonObject { ["captured-from"] = instance },
            ["scheduling"] = new JsonObject { ["onHostMaintenance"] = "MIGRATE", ["automaticRestart"] = true, ["preemptible"] = false },
        };
        var sourceProperties = (JsonObject)properties.DeepClone();
        sourceProperties["disks"] = savedAttached;
        var labels = new JsonObject { ["source"] = instance, ["schedule"] = name.Contains("weekly", StringComparison.Ordinal) ? "weekly" : "manual" };
        Add(project, "global", "machineImages", name, id, created, new JsonObject
        {
            ["kind"] = "compute#machineImage",
            ["id"] = ComputeJson.Int64(id),
            ["creationTimestamp"] = Timestamps.Format(created),
            ["name"] = name,
            ["description"] = $"Machine image of {instance}",
            ["selfLink"] = StoredLinks.Compute($"projects/{project}/global/machineImages/{name}"),
            ["sourceInstance"] = StoredLinks.Compute(instancePath),
            ["status"] = "READY",
            ["instanceProperties"] = properties,
            ["sourceInstanceProperties"] = sourceProperties,
            ["savedDisks"] = saved,
            ["storageLocations"] = new JsonArray(WorldCatalog.MultiRegionOf(region)),
            ["totalStorageBytes"] = ComputeJson.Int64(total),
            ["labels"] = labels,
            ["labelFingerprint"] = StoredResources.LabelFingerprint(labels),
            ["satisfiesPzs"] = false,
        });
    }

    private void ProdImages()
    {
        (string Family, int Count, int SizeGb, string Team)[] families =
        [
            ("acme-web", 70, 20, "web"), ("acme-db", 50, 50, "data"), ("acme-base", 80, 10, "platform"),
            ("acme-batch", 55, 30, "batch"), ("acme-legacy", 35, 40, "app"),
        ];
        foreach (var (family, count, size, team) in families)
        {
            var times = Enumerable.Range(0, count).Select(_ => now.AddMinutes(-_random.Next(60, 365 * 24 * 60))).Order().ToList();
            var newest = $"{family}-v{count:000}";
            for (var i = 0; i < count; i++)
            {
                var name = $"{family}-v{i + 1:000}";
                var age = count - i;
                var state = age <= 3 ? null : age <= count / 2 ? "DEPRECATED" : age <= count - 3 ? "OBSOLETE" : "DELETED";
                Image("acme-prod", name, family, size + _random.Next(0, 3) * 10, times[i], state, state is null ? null : $"projects/acme-prod/global/images/{newest}",
                    new JsonObject { ["team"] = team, ["build"] = (1000 + i).ToString(CultureInfo.InvariantCulture) });
            }
        }
        for (var i = 1; i <= 10; i++)
            Image("acme-prod", $"one-off-{i:00}", null, 10, now.AddDays(-_random.Next(1, 360)), null, null);
        var golden = Image("acme-prod", "acme-golden-helpdesk", "acme-golden", 10, now.AddDays(-5), null, null, new JsonObject { ["shared-with"] = "helpdesk" });
        var policy = new JsonObject
        {
            ["version"] = 1,
            ["bindings"] = new JsonArray(new JsonObject { ["role"] = "roles/compute.imageUser", ["members"] = new JsonArray("user:helpdesk@example.com") }),
        };
        policy["etag"] = IamEtag.Compute(policy);
        db.IamPolicies.Add(new IamPolicyRecord { ResourceKey = golden.Key, Json = policy.ToJsonString() });
    }

    private void PublicImages(string project, (string Family, string Prefix, int SizeGb)[] families, bool windows)
    {
        if (!options.Projects.ContainsKey(project)) return;
        foreach (var (family, prefix, size) in families)
        {
            const int Count = 6;
            var newest = $"{prefix}-v{Stamp(Count - 1)}";
            for (var i = 0; i < Count; i++)
            {
                var name = $"{prefix}-v{Stamp(i)}";
                var age = Count - i;
                var state = age <= 2 ? null : age <= 4 ? "DEPRECATED" : "OBSOLETE";
                Image(project, name, family, size, now.AddDays(-(age * 45)), state, state is null ? null : $"projects/{project}/global/images/{newest}", null, windows);
            }
        }
        if (project == "debian-cloud")
            Image(project, "debian-12-bookworm-v20240515", "debian-12", 10, now.AddDays(-200), "DEPRECATED", $"projects/{project}/global/images/debian-12-bookworm-v{Stamp(5)}");
    }

    private string Stamp(int i) => now.AddDays(-((6 - i) * 45)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private ResourceRecord Image(string project, string name, string? family, int sizeGb, DateTimeOffset created, string? state, string? replacement, JsonObject? labels = null, bool windows = false)
    {
        var id = IdGenerator.Next(_random);
        var features = new JsonArray(new JsonObject { ["type"] = "UEFI_COMPATIBLE" }, new JsonObject { ["type"] = "VIRTIO_SCSI_MULTIQUEUE" }, new JsonObject { ["type"] = "GVNIC" });
        if (windows) features.Add(new JsonObject { ["type"] = "WINDOWS" });
        var doc = new JsonObject
        {
            ["kind"] = "compute#image",
            ["id"] = ComputeJson.Int64(id),
            ["creationTimestamp"] = Timestamps.Format(created),
            ["name"] = name,
            ["description"] = family is null ? "One-off image" : $"{family} image built {created:yyyy-MM-dd}",
            ["sourceType"] = "RAW",
            ["status"] = "READY",
            ["archiveSizeBytes"] = ComputeJson.Int64(sizeGb * 250_000_000L),
            ["diskSizeGb"] = ComputeJson.Int64(sizeGb),
            ["selfLink"] = StoredLinks.Compute($"projects/{project}/global/images/{name}"),
            ["storageLocations"] = new JsonArray("us", "eu", "asia").Take(project.StartsWith("acme", StringComparison.Ordinal) ? 1 : 3).Select(n => n!.DeepClone()).ToJsonArray(),
            ["guestOsFeatures"] = features,
            ["architecture"] = "X86_64",
            ["labelFingerprint"] = StoredResources.LabelFingerprint(labels ?? []),
        };
        if (family is not null) doc["family"] = family;
        if (labels is { Count: > 0 }) doc["labels"] = labels;
        if (state is not null)
        {
            var deprecated = new JsonObject { ["state"] = state, ["deprecated"] = Timestamps.Format(created.AddDays(30)) };
            if (replacement is not null) deprecated["replacement"] = StoredLinks.Compute(replacement);
            doc["deprecated"] = deprecated;
        }
        if (project != "acme-prod" || family is null) doc["licenses"] = new JsonArray(StoredLinks.Compute($"projects/{project}/global/licenses/{family ?? "custom"}"));
        return Add(project, "global", "images", name, id, created, doc);
    }

    private ResourceRecord Add(string project, string scope, string collection, string name, long id, DateTimeOffset created, JsonObject doc) =>
        ResourceStore.Add(db, project, scope, collection, name, id, created, doc);
}

internal static class JsonArrayExtensions
{
    public static JsonArray ToJsonArray(this IEnumerable<JsonNode> nodes) => new([.. nodes]);
}
