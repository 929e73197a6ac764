namespace MachineImagesConsole.Configuration;

/// <summary>The <c>Console</c> configuration section. Validated at start by <see cref="ConsoleOptionsValidator"/>.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary><see cref="ConsoleModes.LocalCloud"/> (default) or <see cref="ConsoleModes.Google"/>.</summary>
    public string Mode { get; set; } = ConsoleModes.LocalCloud;

    /// <summary>The absolute URL people use to reach the console (redirect URIs are built from it). Optional: defaults to the first listening URL.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Folder for the database and the data-protection key ring; relative paths are resolved against the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    public ComputeOptions Compute { get; set; } = new();

    public ConsoleAuthenticationOptions Authentication { get; set; } = new();

    public ConsoleAuthorizationOptions Authorization { get; set; } = new();

    /// <summary>Optional pinned list of project ids offered by the project picker (otherwise the projects the person can see).</summary>
    public List<string> Projects { get; set; } = [];

    public LocalCloudConnectionOptions LocalCloud { get; set; } = new();

    /// <summary><c>Console:Retention</c>: how long sessions, tracked operations and audit records are kept.</summary>
    public ConsoleRetentionOptions Retention { get; set; } = new();

    /// <summary>
    /// Several instances: a StackExchange.Redis configuration string (e.g. <c>redis:6379</c>). When set, the operations
    /// hub uses Redis as its backplane and list-cache invalidations and operation progress reach every instance.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>This instance's name in operation leases, logs and metrics (default: host name and process id).</summary>
    public string? InstanceName { get; set; }

    public bool IsGoogleMode => string.Equals(Mode, ConsoleModes.Google, StringComparison.OrdinalIgnoreCase);

    public bool IsLocalCloudMode => string.Equals(Mode, ConsoleModes.LocalCloud, StringComparison.OrdinalIgnoreCase);
}
