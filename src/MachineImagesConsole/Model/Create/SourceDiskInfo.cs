namespace MachineImagesConsole.Model.Create;

/// <summary>A disk attached to the source VM, as the wizard shows it.</summary>
public sealed record SourceDiskInfo(string Name, long SizeGb, bool Boot);
