using MachineImagesConsole.LocalCloud.Faults;

namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>The <c>LocalCloud</c> configuration section. Validated on start by <see cref="LocalCloudOptionsValidator"/>.</summary>
public sealed class LocalCloudOptions
{
    public const string SectionName = "LocalCloud";

    /// <summary>Where LocalCloud listens (semicolon separated). Default <c>http://localhost:5081</c>.</summary>
    public string Urls { get; set; } = "http://localhost:5081";

    /// <summary>The origin used for the token issuer and every <c>selfLink</c>. Empty: the first bound address.</summary>
    public string? PublicOrigin { get; set; }

    /// <summary>Data directory (SQLite file, signing keys, generated secret). Relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data/localcloud";

    /// <summary>Optional SQLite connection string; default <c>Data Source=&lt;data dir&gt;/localcloud.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Delete the store and seed the demo world again at every start.</summary>
    public bool ResetOnStart { get; set; }

    /// <summary>Expose <c>/localcloud/test/*</c> and <c>/localcloud/reset</c>. Never on in a shared deployment.</summary>
    public bool EnableTestControl { get; set; }

    /// <summary>Seed the demo world when the store is created (default true).</summary>
    public bool SeedDemoWorld { get; set; } = true;

    public SimulationOptions Simulation { get; set; } = new();

    /// <summary>Injected HTTP faults on Compute calls (off when there is no rule). See docs/localcloud.md.</summary>
    public FaultOptions Faults { get; set; } = new();

    public Dictionary<string, PersonOptions> People { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, ClientOptions> Clients { get; set; } = new(StringComparer.Ordinal);

    public AutomationOptions Automation { get; set; } = new();

    public Dictionary<string, ProjectOptions> Projects { get; set; } = new(StringComparer.Ordinal);
}
