namespace MachineImagesConsole.Data;

/// <summary>The optional reachability probe of a drill.</summary>
public enum DrillProbeKind
{
    None = 0,
    Tcp = 1,
    Http = 2,
}
