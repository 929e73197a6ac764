namespace MachineImagesConsole.Model.Backups;

/// <summary>The dashboard's coverage tile: N of M VMs covered, and how many are past their RPO.</summary>
public sealed record CoverageSummary(int Covered, int Total, int PastRpo);
