namespace MachineImagesConsole.Model.Dashboards;

public sealed record NetworkInterfaceView(string Name, string Network, string Subnetwork, string? InternalIp, bool HasExternalIp);
