namespace MachineImagesConsole.Configuration;

/// <summary>
/// <c>Console:Retention</c>: how long the console keeps its own data. Expired sign-in sessions (with their protected
/// tokens) go as soon as they can no longer be used; finished tracked operations and audit records go after these periods.
/// </summary>
public sealed class ConsoleRetentionOptions
{
    /// <summary>The shortest audit retention the console accepts: one year.</summary>
    public static readonly TimeSpan MinimumAuditRecords = TimeSpan.FromDays(365);

    /// <summary>Finished tracked operations are kept this long after they ended (default 90 days).</summary>
    public TimeSpan TrackedOperations { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Audit records are kept this long (default 400 days, at least 365).</summary>
    public TimeSpan AuditRecords { get; set; } = TimeSpan.FromDays(400);

    /// <summary>How often the purge runs (default every hour; also once shortly after start).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
