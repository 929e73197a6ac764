namespace MachineImagesConsole.Data;

/// <summary>
/// One user action the console performed (or refused) on someone's behalf. Written before Compute is
/// called, then updated with the outcome. Parameters are stored as JSON with secrets redacted.
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    /// <summary>When the user asked for the action (UTC).</summary>
    public DateTimeOffset Time { get; set; }

    public string ActorEmail { get; set; } = string.Empty;

    /// <summary>The console role the actor held at the time (Admin, Operator, HelpDesk, Viewer).</summary>
    public string ActorRole { get; set; } = string.Empty;

    /// <summary>The action name, e.g. <c>machineImages.insert</c> (see <c>ConsoleActions</c>).</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The resource acted on: its URL or name.</summary>
    public string Target { get; set; } = string.Empty;

    public string Project { get; set; } = string.Empty;

    /// <summary>The request's parameters as JSON, with secret-looking keys redacted.</summary>
    public string? ParametersJson { get; set; }

    /// <summary>The Compute <c>requestId</c> sent with the call (reused when the user retries the same submission).</summary>
    public Guid RequestId { get; set; }

    public AuditOutcome Outcome { get; set; }

    /// <summary>Error reasons (Compute's <c>reason</c> or operation error codes), comma separated.</summary>
    public string? ErrorReasons { get; set; }

    public string? ErrorMessage { get; set; }

    /// <summary>The Compute operation the call returned, when it returned one.</summary>
    public string? OperationName { get; set; }

    /// <summary>
    /// The whole Compute request as sent (method, path, query with the requestId, body), stored before it went on the wire
    /// (<c>ComputeRequestRecord</c> JSON) so that the reconciler can send it again; null until the call was sent.
    /// </summary>
    public string? RequestJson { get; set; }

    /// <summary>Whose credentials the call was made with.</summary>
    public ComputeIdentity Identity { get; set; }

    /// <summary>When the outcome was last changed (UTC).</summary>
    public DateTimeOffset? CompletedTime { get; set; }
}
