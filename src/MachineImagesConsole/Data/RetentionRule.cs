namespace MachineImagesConsole.Data;

/// <summary>
/// A clean-up rule (Admin): which images or machine images of a project it looks at (name prefix, label, source
/// instance — all given criteria must match) and what it deletes (beyond the newest <see cref="KeepLast"/>, and/or
/// older than <see cref="OlderThanDays"/>). Protected resources and the latest image of a family are never deleted.
/// </summary>
public sealed class RetentionRule
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Project { get; set; } = string.Empty;

    /// <summary><c>images</c> or <c>machineImages</c>.</summary>
    public string Collection { get; set; } = "images";

    public string? NamePrefix { get; set; }

    public string? LabelKey { get; set; }

    /// <summary>With <see cref="LabelKey"/>: the value it must have (any value when null).</summary>
    public string? LabelValue { get; set; }

    /// <summary>Machine images: the source instance's name; images: the source disk's name.</summary>
    public string? SourceInstance { get; set; }

    public int? KeepLast { get; set; }

    public int? OlderThanDays { get; set; }

    /// <summary>Keep the newest resource of each of the last N days that have one (backup policies).</summary>
    public int? KeepDaily { get; set; }

    /// <summary>Keep the newest resource of each of the last N ISO weeks that have one.</summary>
    public int? KeepWeekly { get; set; }

    /// <summary>Keep the newest resource of each of the last N months that have one.</summary>
    public int? KeepMonthly { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }
}
