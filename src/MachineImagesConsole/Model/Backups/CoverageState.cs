namespace MachineImagesConsole.Model.Backups;

/// <summary>How well a VM is backed up.</summary>
public enum CoverageState
{
    /// <summary>A policy covers it and its newest backup is within the RPO.</summary>
    Protected = 0,

    /// <summary>A policy covers it but it has no backup yet, or its newest one is older than the RPO.</summary>
    Stale = 1,

    /// <summary>No policy covers it.</summary>
    Unprotected = 2,
}
