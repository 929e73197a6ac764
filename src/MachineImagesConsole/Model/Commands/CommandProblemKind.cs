namespace MachineImagesConsole.Model.Commands;

/// <summary>Why a command did not do what the person asked.</summary>
public enum CommandProblemKind
{
    /// <summary>The person's console role does not allow the action (audited as Denied; nothing was sent).</summary>
    ConsoleRole = 0,

    /// <summary>The delete guard refused: the resource is protected or still in use (nothing was sent).</summary>
    Protected = 1,

    /// <summary>Google Cloud IAM refused (403): the person's account lacks a permission.</summary>
    Permission = 2,

    /// <summary>Compute refused the request (bad value, name taken, quota...).</summary>
    Refused = 3,

    /// <summary>Compute could not be reached or did not answer in time; trying again is safe.</summary>
    Unreachable = 4,

    /// <summary>The input was not acceptable (checked before anything was sent).</summary>
    Invalid = 5,

    /// <summary>The operation was accepted but finished with an error.</summary>
    OperationFailed = 6,
}
