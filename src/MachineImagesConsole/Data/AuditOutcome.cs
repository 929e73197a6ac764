namespace MachineImagesConsole.Data;

/// <summary>Where an audited action stands.</summary>
public enum AuditOutcome
{
    /// <summary>Written before Compute is called; the call has not answered yet.</summary>
    Pending = 0,

    /// <summary>Compute accepted the request and returned an operation that is still running.</summary>
    Submitted = 1,

    /// <summary>The action finished and did what was asked.</summary>
    Succeeded = 2,

    /// <summary>Compute refused the request, or the operation finished with an error.</summary>
    Failed = 3,

    /// <summary>The console refused the action: the user's role does not allow it.</summary>
    Denied = 4,
}
