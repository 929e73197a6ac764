namespace MachineImagesConsole.Model;

/// <summary>How a submitted mutation stands when the pipeline returns.</summary>
public enum MutationOutcome
{
    /// <summary>Compute accepted it and returned an operation; follow it with the tracker.</summary>
    Submitted = 0,

    /// <summary>It completed at once (no operation).</summary>
    Completed = 1,

    /// <summary>Compute refused it or could not be reached; see the reasons and what to do.</summary>
    Failed = 2,
}
