namespace MachineImagesConsole.Model;

/// <summary>The outcome kinds of <see cref="Settlement"/>.</summary>
public enum SettlementKind
{
    /// <summary>Compute has (or now has) an operation for the request.</summary>
    Started,

    /// <summary>A synchronous method answered: the change is made.</summary>
    Completed,

    /// <summary>Compute refused the request (a definite 4xx).</summary>
    Refused,

    /// <summary>Compute could not be reached or answered ambiguously again: nothing is known yet.</summary>
    Unknown,

    /// <summary>The request carries no requestId, so sending it again is not safe.</summary>
    NotResendable,
}
