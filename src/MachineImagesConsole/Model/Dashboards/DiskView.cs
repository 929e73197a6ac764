namespace MachineImagesConsole.Model.Dashboards;

public sealed record DiskView(string DeviceName, long? SizeGb, string? Type, bool Boot, string? Mode);
