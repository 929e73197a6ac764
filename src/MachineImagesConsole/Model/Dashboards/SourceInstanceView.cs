using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// The source instance's properties a machine image saved, read from <c>instanceProperties</c> and, when that is
/// absent, from <c>sourceInstanceProperties</c>.
/// </summary>
public sealed record SourceInstanceView
{
    public string? MachineType { get; init; }

    public string? CpuPlatform { get; init; }

    public IReadOnlyList<NetworkInterfaceView> NetworkInterfaces { get; init; } = [];

    public IReadOnlyList<DiskView> Disks { get; init; } = [];

    public IReadOnlyList<string> MetadataKeys { get; init; } = [];

    public IReadOnlyList<ServiceAccountView> ServiceAccounts { get; init; } = [];

    public bool? Preemptible { get; init; }

    public bool? AutomaticRestart { get; init; }

    public string? OnHostMaintenance { get; init; }

    public string? ProvisioningModel { get; init; }

    /// <summary>Which field the values came from (<c>instanceProperties</c> or <c>sourceInstanceProperties</c>); null when neither is set.</summary>
    public string? Origin { get; init; }

    public static SourceInstanceView From(MachineImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.InstanceProperties is { } p)
        {
            return new SourceInstanceView
            {
                Origin = "instanceProperties",
                MachineType = DashboardFormat.ShortName(p.MachineType),
                CpuPlatform = p.MinCpuPlatform,
                NetworkInterfaces = Nics(p.NetworkInterfaces),
                Disks = [.. (p.Disks ?? []).Select(d => new DiskView(
                    d.DeviceName ?? d.InitializeParams?.DiskName ?? DashboardFormat.ShortName(d.Source),
                    d.DiskSizeGb ?? d.InitializeParams?.DiskSizeGb,
                    DashboardFormat.ShortName(d.InitializeParams?.DiskType) is { Length: > 0 } t ? t : d.Type,
                    d.Boot == true, d.Mode))],
                MetadataKeys = Keys(p.Metadata),
                ServiceAccounts = Accounts(p.ServiceAccounts),
                Preemptible = p.Scheduling?.Preemptible,
                AutomaticRestart = p.Scheduling?.AutomaticRestart,
                OnHostMaintenance = p.Scheduling?.OnHostMaintenance,
                ProvisioningModel = p.Scheduling?.ProvisioningModel,
            };
        }
        if (image.SourceInstanceProperties is { } s)
        {
            return new SourceInstanceView
            {
                Origin = "sourceInstanceProperties",
                MachineType = DashboardFormat.ShortName(s.MachineType),
                CpuPlatform = s.MinCpuPlatform,
                NetworkInterfaces = Nics(s.NetworkInterfaces),
                Disks = [.. (s.Disks ?? []).Select(d => new DiskView(
                    d.DeviceName ?? DashboardFormat.ShortName(d.Source), d.DiskSizeGb,
                    DashboardFormat.ShortName(d.DiskType) is { Length: > 0 } t ? t : d.Type, d.Boot == true, d.Mode))],
                MetadataKeys = Keys(s.Metadata),
                ServiceAccounts = Accounts(s.ServiceAccounts),
                Preemptible = s.Scheduling?.Preemptible,
                AutomaticRestart = s.Scheduling?.AutomaticRestart,
                OnHostMaintenance = s.Scheduling?.OnHostMaintenance,
                ProvisioningModel = s.Scheduling?.ProvisioningModel,
            };
        }
        return new SourceInstanceView();
    }

    private static List<NetworkInterfaceView> Nics(List<NetworkInterface>? nics)
        => [.. (nics ?? []).Select(n => new NetworkInterfaceView(
            n.Name ?? "", DashboardFormat.ShortName(n.Network), DashboardFormat.ShortName(n.Subnetwork), n.NetworkIP,
            n.AccessConfigs is { Count: > 0 }))];

    private static List<string> Keys(Metadata? metadata)
        => [.. (metadata?.Items ?? []).Select(i => i.Key ?? "").Where(k => k.Length > 0).Order(StringComparer.Ordinal)];

    private static List<ServiceAccountView> Accounts(List<ServiceAccount>? accounts)
        => [.. (accounts ?? []).Select(a => new ServiceAccountView(a.Email ?? "", [.. (a.Scopes ?? []).Select(ScopeName)]))];

    /// <summary><c>https://www.googleapis.com/auth/cloud-platform</c> → <c>cloud-platform</c>.</summary>
    public static string ScopeName(string scope)
        => scope.StartsWith("https://www.googleapis.com/auth/", StringComparison.Ordinal) ? scope["https://www.googleapis.com/auth/".Length..] : scope;
}
