namespace MachineImagesConsole.Model.Lifecycle;

public enum LabelsOutcome
{
    Saved = 0,

    /// <summary>The labels changed since they were read (412): nothing written; the current labels are returned.</summary>
    Stale = 1,

    Failed = 2,

    /// <summary>A key or value breaks Compute's label rules; nothing was sent.</summary>
    Invalid = 3,
}
