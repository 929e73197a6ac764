namespace MachineImagesConsole.Data;

/// <summary>
/// A Compute operation the console follows until it is DONE. Persisted so tracking survives the
/// user closing the browser and the console restarting.
/// </summary>
public sealed class TrackedOperation
{
    public long Id { get; set; }

    public string Project { get; set; } = string.Empty;

    /// <summary>The operation's scope: <c>global</c>, <c>zones/{zone}</c> or <c>regions/{region}</c>.</summary>
    public string Scope { get; set; } = OperationScopes.Global;

    public string OperationName { get; set; } = string.Empty;

    public Guid? RequestId { get; set; }

    /// <summary>E-mail of the person whose action started the operation.</summary>
    public string StartedBy { get; set; } = string.Empty;

    /// <summary>The audit record of the action that started the operation, when there is one.</summary>
    public long? AuditRecordId { get; set; }

    public string? TargetLink { get; set; }

    public string? OperationType { get; set; }

    /// <summary>Compute's status: <c>PENDING</c>, <c>RUNNING</c> or <c>DONE</c>.</summary>
    public string Status { get; set; } = "PENDING";

    /// <summary>0–100, as Compute reports it.</summary>
    public int Progress { get; set; }

    /// <summary>True once the operation reached DONE (whether or not it failed).</summary>
    public bool Done { get; set; }

    /// <summary>Error codes of a failed operation (or the reasons polling stopped), comma separated.</summary>
    public string? ErrorReasons { get; set; }

    public string? ErrorMessage { get; set; }

    public DateTimeOffset? InsertTime { get; set; }

    public DateTimeOffset? StartTime { get; set; }

    public DateTimeOffset? EndTime { get; set; }

    /// <summary>When the console started tracking it (UTC).</summary>
    public DateTimeOffset TrackedSince { get; set; }

    /// <summary>When the console last heard from Compute about it (UTC).</summary>
    public DateTimeOffset? LastPolled { get; set; }

    /// <summary>The last Operation JSON Compute returned, as is.</summary>
    public string? LastRawJson { get; set; }

    /// <summary>The identity the console used to start the operation (polling credentials are chosen from it).</summary>
    public ComputeIdentity IdentityMode { get; set; }
}
