namespace MachineImagesConsole.Data;

/// <summary>
/// A deprecation state change the console carries out when <see cref="DueAt"/> arrives (Compute treats the
/// deprecated/obsolete/deleted dates as information only). Run by the scheduled-deprecation job, audited as the
/// person who scheduled it.
/// </summary>
public sealed class ScheduledDeprecation
{
    public long Id { get; set; }

    public string Project { get; set; } = string.Empty;

    public string Image { get; set; } = string.Empty;

    /// <summary>DEPRECATED, OBSOLETE or DELETED.</summary>
    public string State { get; set; } = string.Empty;

    public string? Replacement { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public string ScheduledBy { get; set; } = string.Empty;

    /// <summary>The console role of the person who scheduled it (the job is authorized as that role).</summary>
    public string ScheduledByRole { get; set; } = string.Empty;

    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>Set when the job ran it (successfully or not).</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    public bool Cancelled { get; set; }

    public long? AuditRecordId { get; set; }

    public string? Error { get; set; }
}
