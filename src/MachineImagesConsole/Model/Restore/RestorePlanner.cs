using MachineImagesConsole.Compute.Links;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// Turns a machine image and a <see cref="RestoreRequest"/> into the <c>instances.insert</c> body. Compute (and LocalCloud)
/// apply the body to the stored instance properties as a shallow top-level replacement, so an overridden field is sent
/// whole (all metadata items, the whole network interface list...), and a field that is not overridden is not sent.
/// </summary>
public static class RestorePlanner
{
    public const string StartupScriptKey = "startup-script";

    /// <summary>A request prefilled with what the machine image stored, restoring into its source zone.</summary>
    public static RestoreRequest FromMachineImage(string sourceProject, MachineImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var props = image.InstanceProperties ?? new InstanceProperties();
        var nic = props.NetworkInterfaces?.FirstOrDefault();
        var metadata = props.Metadata?.Items ?? [];
        var scheduling = props.Scheduling;
        var account = props.ServiceAccounts?.FirstOrDefault();
        var zone = DashboardFormat.SegmentAfter(image.SourceInstance, "zones") ?? string.Empty;
        return new RestoreRequest
        {
            SourceProject = sourceProject,
            MachineImage = image.Name ?? string.Empty,
            TargetProject = sourceProject,
            Zone = zone,
            Name = SuggestName(image.Name),
            MachineType = ShortName(props.MachineType),
            Network = ShortName(nic?.Network),
            Subnetwork = ShortName(nic?.Subnetwork),
            SubnetworkRegion = DashboardFormat.SegmentAfter(nic?.Subnetwork, "regions"),
            ExternalIp = nic?.AccessConfigs is { Count: > 0 },
            NetworkTags = [.. props.Tags?.Items ?? []],
            Labels = new Dictionary<string, string>(props.Labels ?? [], StringComparer.Ordinal),
            Metadata = [.. metadata.Where(m => m.Key is not null && m.Key != StartupScriptKey).Select(m => new MetadataEntry { Key = m.Key!, Value = m.Value ?? string.Empty })],
            StartupScript = metadata.FirstOrDefault(m => m.Key == StartupScriptKey)?.Value ?? string.Empty,
            ServiceAccountEmail = account?.Email ?? string.Empty,
            Scopes = [.. account?.Scopes ?? []],
            Provisioning = ProvisioningOf(scheduling),
            DeletionProtection = false,
        };
    }

    /// <summary>The body to send: the name plus every top-level field whose requested value differs from the stored one.</summary>
    public static Instance BuildBody(MachineImage image, RestoreRequest request)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(request);
        var props = image.InstanceProperties ?? new InstanceProperties();
        var body = new Instance { Name = request.Name };
        if (request.EffectiveMachineType != ShortName(props.MachineType)
            || DashboardFormat.SegmentAfter(props.MachineType, "zones") is { } storedZone && storedZone != request.Zone)
            body.MachineType = $"zones/{request.Zone}/machineTypes/{request.EffectiveMachineType}";
        if (NetworkChanged(props, request)) body.NetworkInterfaces = [BuildInterface(request)];
        if (!(props.Tags?.Items ?? []).SequenceEqual(request.NetworkTags, StringComparer.Ordinal))
            body.Tags = new Tags { Items = [.. request.NetworkTags] };
        if (!SameMap(props.Labels, request.Labels)) body.Labels = new Dictionary<string, string>(request.Labels, StringComparer.Ordinal);
        var metadata = DesiredMetadata(request);
        if (!SameMap(MetadataMap(props.Metadata), metadata))
            body.Metadata = new Metadata { Items = [.. metadata.Select(m => new MetadataItem { Key = m.Key, Value = m.Value })] };
        var account = props.ServiceAccounts?.FirstOrDefault();
        if ((account?.Email ?? string.Empty) != request.ServiceAccountEmail
            || !(account?.Scopes ?? []).SequenceEqual(request.Scopes, StringComparer.Ordinal))
        {
            body.ServiceAccounts = request.ServiceAccountEmail.Length == 0
                ? []
                : [new ServiceAccount { Email = request.ServiceAccountEmail, Scopes = [.. request.Scopes] }];
        }
        if (ProvisioningOf(props.Scheduling) != request.Provisioning) body.Scheduling = BuildScheduling(request.Provisioning);
        if (request.DeletionProtection) body.DeletionProtection = true;
        return body;
    }

    /// <summary>Every overridden field, with the stored and the requested value as a person reads them.</summary>
    public static IReadOnlyList<RestoreChange> Diff(MachineImage image, RestoreRequest request)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(request);
        var props = image.InstanceProperties ?? new InstanceProperties();
        var body = BuildBody(image, request);
        var changes = new List<RestoreChange>();
        if (body.MachineType is not null) changes.Add(new("machineType", ShortName(props.MachineType), request.EffectiveMachineType));
        if (body.NetworkInterfaces is not null)
        {
            var nic = props.NetworkInterfaces?.FirstOrDefault();
            changes.Add(new("networkInterfaces",
                Describe(ProjectOf(nic?.Network), ShortName(nic?.Network), ShortName(nic?.Subnetwork), nic?.AccessConfigs is { Count: > 0 }),
                Describe(request.TargetProject, request.Network, request.Subnetwork, request.ExternalIp)));
        }
        if (body.Tags is not null) changes.Add(new("tags", Join(props.Tags?.Items), Join(request.NetworkTags)));
        if (body.Labels is not null) changes.Add(new("labels", JoinMap(props.Labels), JoinMap(request.Labels)));
        if (body.Metadata is not null)
        {
            var stored = MetadataMap(props.Metadata);
            var desired = DesiredMetadata(request);
            var parts = new List<string>();
            parts.AddRange(desired.Keys.Where(k => !stored.ContainsKey(k)).Select(k => "+" + k));
            parts.AddRange(desired.Keys.Where(k => stored.TryGetValue(k, out var v) && v != desired[k]).Select(k => "~" + k));
            parts.AddRange(stored.Keys.Where(k => !desired.ContainsKey(k)).Select(k => "-" + k));
            changes.Add(new("metadata", Join(stored.Keys), string.Join(", ", parts) + " → " + Join(desired.Keys)));
        }
        if (body.ServiceAccounts is not null)
        {
            var account = props.ServiceAccounts?.FirstOrDefault();
            changes.Add(new("serviceAccounts", DescribeAccount(account?.Email, account?.Scopes), DescribeAccount(request.ServiceAccountEmail, request.Scopes)));
        }
        if (body.Scheduling is not null) changes.Add(new("scheduling", ProvisioningOf(props.Scheduling).ToString(), request.Provisioning.ToString()));
        if (body.DeletionProtection == true) changes.Add(new("deletionProtection", "false", "true"));
        return changes;
    }

    /// <summary>The equivalent gcloud command and REST request.</summary>
    public static EquivalentCommand Equivalent(MachineImage image, RestoreRequest request)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(request);
        var body = BuildBody(image, request);
        var g = new StringBuilder("gcloud compute instances create ").Append(ShellQuote.Quote(request.Name));
        Flag(g, "project", request.TargetProject);
        Flag(g, "zone", request.Zone);
        Flag(g, "source-machine-image", SourceMachineImage(request));
        if (body.MachineType is not null)
        {
            if (request.UseCustomMachineType)
            {
                Flag(g, "custom-vm-type", request.CustomFamily);
                Flag(g, "custom-cpu", request.CustomVcpus.ToString(CultureInfo.InvariantCulture));
                Flag(g, "custom-memory", request.CustomMemoryMb.ToString(CultureInfo.InvariantCulture) + "MB");
                if (request.CustomExtendedMemory) g.Append(" \\\n  --custom-extensions");
            }
            else Flag(g, "machine-type", request.MachineType);
        }
        if (body.NetworkInterfaces is not null)
        {
            Flag(g, "network", request.Network);
            Flag(g, "subnet", request.Subnetwork);
            if (!request.ExternalIp) g.Append(" \\\n  --no-address");
        }
        if (body.Tags is not null) Flag(g, "tags", string.Join(',', request.NetworkTags));
        if (body.Labels is not null) Flag(g, "labels", string.Join(',', request.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value)));
        if (body.Metadata is not null)
        {
            var items = request.Metadata.Select(m => m.Key + "=" + m.Value).ToList();
            if (items.Count > 0) Flag(g, "metadata", string.Join(',', items));
            if (request.StartupScript.Length > 0) Flag(g, "metadata-from-file", "startup-script=startup-script.sh");
        }
        if (body.ServiceAccounts is not null)
        {
            if (request.ServiceAccountEmail.Length == 0) g.Append(" \\\n  --no-service-account --no-scopes");
            else
            {
                Flag(g, "service-account", request.ServiceAccountEmail);
                Flag(g, "scopes", string.Join(',', request.Scopes));
            }
        }
        if (body.Scheduling is not null)
        {
            if (request.Provisioning == ProvisioningChoice.Spot) Flag(g, "provisioning-model", "SPOT");
            else if (request.Provisioning == ProvisioningChoice.Preemptible) g.Append(" \\\n  --preemptible");
            else Flag(g, "provisioning-model", "STANDARD");
        }
        if (body.DeletionProtection == true) g.Append(" \\\n  --deletion-protection");

        var url = ResourceLinks.ToUrl(ResourceLinks.Collection(request.TargetProject, ResourceLinks.ZoneScope(request.Zone), ResourceLinks.Instances))
            + "?sourceMachineImage=" + Uri.EscapeDataString(SourceMachineImage(request));
        return new EquivalentCommand(g.ToString(), "POST", url, BodyJson(body));
    }

    /// <summary>The body as indented JSON, exactly as it is sent (Compute's field names).</summary>
    public static string BodyJson(Instance body)
    {
        var node = JsonSerializer.SerializeToNode(body, ComputeJsonContext.Default.Instance);
        return node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "{}";
    }

    /// <summary><c>projects/P/global/machineImages/NAME</c></summary>
    public static string SourceMachineImage(RestoreRequest request)
        => ResourceLinks.MachineImage(request.SourceProject, request.MachineImage);

    public static string RegionOf(string zone)
    {
        var dash = zone.LastIndexOf('-');
        return dash > 0 ? zone[..dash] : zone;
    }

    public static string ShortName(string? url) => ResourceLinks.ShortName(url);

    /// <summary>A name for the restored VM: the image name with a <c>-restore</c> suffix, kept within 63 characters.</summary>
    public static string SuggestName(string? imageName)
    {
        var baseName = string.IsNullOrEmpty(imageName) ? "restored-vm" : imageName;
        const string suffix = "-restore";
        if (baseName.Length + suffix.Length > 63) baseName = baseName[..(63 - suffix.Length)].TrimEnd('-');
        return baseName + suffix;
    }

    public static ProvisioningChoice ProvisioningOf(Scheduling? scheduling)
    {
        if (string.Equals(scheduling?.ProvisioningModel, "SPOT", StringComparison.OrdinalIgnoreCase)) return ProvisioningChoice.Spot;
        return scheduling?.Preemptible == true ? ProvisioningChoice.Preemptible : ProvisioningChoice.Standard;
    }

    public static Scheduling BuildScheduling(ProvisioningChoice choice) => choice switch
    {
        ProvisioningChoice.Spot => new Scheduling { ProvisioningModel = "SPOT", Preemptible = false, AutomaticRestart = false, OnHostMaintenance = "TERMINATE", InstanceTerminationAction = "STOP" },
        ProvisioningChoice.Preemptible => new Scheduling { ProvisioningModel = "STANDARD", Preemptible = true, AutomaticRestart = false, OnHostMaintenance = "TERMINATE" },
        _ => new Scheduling { ProvisioningModel = "STANDARD", Preemptible = false, AutomaticRestart = true, OnHostMaintenance = "MIGRATE" },
    };

    /// <summary>One network interface in the target project's network and subnetwork; an ephemeral external IP or none.</summary>
    public static NetworkInterface BuildInterface(RestoreRequest request) => new()
    {
        Network = ResourceLinks.Network(request.TargetProject, request.Network),
        Subnetwork = ResourceLinks.Subnetwork(request.TargetProject, request.Region, request.Subnetwork),
        AccessConfigs = request.ExternalIp ? [new AccessConfig { Name = "External NAT", Type = "ONE_TO_ONE_NAT", NetworkTier = "PREMIUM" }] : [],
    };

    private static bool NetworkChanged(InstanceProperties props, RestoreRequest request)
    {
        var nic = props.NetworkInterfaces?.FirstOrDefault();
        if (nic is null) return true;
        return ProjectOf(nic.Network) is { } p && p != request.TargetProject
            || ShortName(nic.Network) != request.Network
            || ShortName(nic.Subnetwork) != request.Subnetwork
            || DashboardFormat.SegmentAfter(nic.Subnetwork, "regions") is { } r && r != request.Region
            || (nic.AccessConfigs is { Count: > 0 }) != request.ExternalIp;
    }

    private static Dictionary<string, string> DesiredMetadata(RestoreRequest request)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in request.Metadata) map[m.Key] = m.Value;
        if (request.StartupScript.Length > 0) map[StartupScriptKey] = request.StartupScript;
        return map;
    }

    private static Dictionary<string, string> MetadataMap(Metadata? metadata)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in metadata?.Items ?? []) if (m.Key is not null) map[m.Key] = m.Value ?? string.Empty;
        return map;
    }

    private static bool SameMap(Dictionary<string, string>? a, Dictionary<string, string>? b)
    {
        a ??= [];
        b ??= [];
        return a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
    }

    private static string? ProjectOf(string? url) => DashboardFormat.SegmentAfter(url, "projects");

    private static string Describe(string? project, string network, string subnet, bool external)
        => $"{(project is null ? "" : project + "/")}{network}/{subnet}, {(external ? "external IP" : "no external IP")}";

    private static string DescribeAccount(string? email, IEnumerable<string>? scopes)
        => string.IsNullOrEmpty(email) ? "(none)" : $"{email} [{string.Join(", ", (scopes ?? []).Select(s => s.Replace("https://www.googleapis.com/auth/", "", StringComparison.Ordinal)))}]";

    private static string Join(IEnumerable<string>? items) => items is null || !items.Any() ? "(none)" : string.Join(", ", items);

    private static string JoinMap(Dictionary<string, string>? map)
        => map is null || map.Count == 0 ? "(none)" : string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

    private static void Flag(StringBuilder g, string name, string value) => g.Append(" \\\n  --").Append(name).Append('=').Append(ShellQuote.Quote(value));
}
