namespace MachineImagesConsole.Data;

/// <summary>One instance's backup in a <see cref="BackupRun"/>: the machine image it made, or why not.</summary>
public sealed class BackupRunItem
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public long PolicyId { get; set; }

    /// <summary><c>zone/name</c> of the source VM.</summary>
    public string Instance { get; set; } = string.Empty;

    public DateTimeOffset ScheduledFor { get; set; }

    public string ImageName { get; set; } = string.Empty;

    public Guid RequestId { get; set; }

    public BackupItemStatus Status { get; set; }

    public string? Reason { get; set; }

    public string? OperationName { get; set; }

    public long? AuditRecordId { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
