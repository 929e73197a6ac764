namespace MachineImagesConsole.Data;

/// <summary>
/// A backup policy: when (a five-field cron in a time zone), what (explicit <c>zone/name</c> instances and/or a label
/// selector in one project), what each machine image gets, and how long images are kept. Made in the UI, or declared in
/// configuration (<see cref="Declared"/>: read-only in the UI, rewritten from configuration at every start).
/// </summary>
public sealed class BackupPolicy
{
    public long Id { get; set; }

    /// <summary>Unique; a valid label value (it is the <c>backup-policy</c> label of every image the policy makes).</summary>
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Project { get; set; } = string.Empty;

    /// <summary>Five-field cron (<c>minute hour day-of-month month day-of-week</c>).</summary>
    public string Schedule { get; set; } = "0 2 * * *";

    /// <summary>IANA time zone id the schedule is read in.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Explicit targets, <c>zone/name</c>, one per line.</summary>
    public string Instances { get; set; } = string.Empty;

    /// <summary>Label selector, <c>key=value</c> pairs separated by commas (all must match).</summary>
    public string Selector { get; set; } = string.Empty;

    /// <summary>Where the images are stored (a region or multi-region such as <c>us</c>); empty = Compute's default.</summary>
    public string? StorageLocation { get; set; }

    public bool GuestFlush { get; set; }

    /// <summary>Cloud KMS key for the machine images (<c>projects/…/cryptoKeys/…</c>); empty = Google-managed.</summary>
    public string? KmsKeyName { get; set; }

    public string? ImageDescription { get; set; }

    /// <summary>Extra labels for every image, <c>key=value</c> pairs separated by commas.</summary>
    public string ExtraLabels { get; set; } = string.Empty;

    public string NameTemplate { get; set; } = "${INSTANCE}-backup-${TIMESTAMP}";

    public int? KeepLast { get; set; }

    public int? OlderThanDays { get; set; }

    public int? KeepDaily { get; set; }

    public int? KeepWeekly { get; set; }

    public int? KeepMonthly { get; set; }

    /// <summary>Optional five-field cron of a restore drill of the newest backup the policy made (same time zone).</summary>
    public string? DrillSchedule { get; set; }

    public bool Paused { get; set; }

    /// <summary>Declared in configuration (<c>Console:Backups:Policies</c>): read-only in the UI.</summary>
    public bool Declared { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
