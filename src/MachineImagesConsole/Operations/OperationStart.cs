using MachineImagesConsole.Data;

namespace MachineImagesConsole.Operations;

/// <summary>Who started an operation and why: what the tracker persists beside the operation itself.</summary>
/// <param name="Project">The project the operation runs in.</param>
/// <param name="StartedBy">E-mail of the person whose action started it.</param>
/// <param name="RequestId">The Compute requestId sent with the call.</param>
/// <param name="AuditRecordId">The audit record of that action, when there is one.</param>
/// <param name="IdentityMode">Whose credentials started it.</param>
public sealed record OperationStart(
    string Project,
    string StartedBy,
    Guid? RequestId,
    long? AuditRecordId,
    ComputeIdentity IdentityMode);
