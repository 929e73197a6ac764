namespace MachineImagesConsole.Model.Sharing;

public enum ShareOutcome
{
    /// <summary>The policy was written.</summary>
    Applied = 0,

    /// <summary>Someone changed the policy after it was read (412 conditionNotMet): nothing was written; review the new policy.</summary>
    Conflict = 1,

    /// <summary>Compute refused the write (see the mutation result).</summary>
    Failed = 2,

    /// <summary>The edits change nothing; nothing was sent.</summary>
    NoChange = 3,
}
