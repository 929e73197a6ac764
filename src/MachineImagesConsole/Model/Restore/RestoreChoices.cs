namespace MachineImagesConsole.Model.Restore;

/// <summary>What the restore wizard's target fields offer for one target project and zone.</summary>
public sealed record RestoreChoices(
    IReadOnlyList<string> Zones,
    IReadOnlyList<string> MachineTypes,
    IReadOnlyList<string> Networks,
    IReadOnlyList<string> Subnetworks);
