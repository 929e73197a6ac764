namespace MachineImagesConsole.Data;

/// <summary>A help-desk self-service clone: who asked, why, where it is, and when it is deleted automatically.</summary>
public sealed class CloneRecord
{
    public long Id { get; set; }

    public string RequestedBy { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    public string SourceProject { get; set; } = string.Empty;

    public string MachineImage { get; set; } = string.Empty;

    public string Project { get; set; } = string.Empty;

    public string Zone { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string MachineType { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public CloneStatus Status { get; set; }

    public string? OperationName { get; set; }

    public long AuditRecordId { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public string? Error { get; set; }
}
