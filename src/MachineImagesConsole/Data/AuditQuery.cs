namespace MachineImagesConsole.Data;

/// <summary>Filters for the audit log page. Every filter is optional; text matches action, target, actor, parameters and errors.</summary>
public sealed record AuditQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Exact actor e-mail (case-insensitive).</summary>
    public string? ActorEmail { get; init; }

    /// <summary>Exact action name, e.g. <c>machineImages.delete</c>.</summary>
    public string? Action { get; init; }

    public AuditOutcome? Outcome { get; init; }

    public string? Project { get; init; }

    /// <summary>Inclusive lower bound on <see cref="AuditRecord.Time"/>.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive upper bound on <see cref="AuditRecord.Time"/>.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Free text, matched case-insensitively as a substring.</summary>
    public string? Text { get; init; }

    /// <summary>Zero-based page index.</summary>
    public int PageIndex { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;
}
