namespace MachineImagesConsole.Configuration;

/// <summary>
/// The <c>Console:LocalCloud</c> section (LocalCloud mode only). LocalCloud's own settings live in the
/// top-level <c>LocalCloud</c> section, which the console passes through to the in-process LocalCloud.
/// </summary>
public sealed class LocalCloudConnectionOptions
{
    /// <summary>Host LocalCloud inside the console process (default). False: use a LocalCloud already running at <see cref="Url"/>.</summary>
    public bool InProcess { get; set; } = true;

    /// <summary>LocalCloud's origin: where the in-process LocalCloud listens, or where the external one runs.</summary>
    public string Url { get; set; } = "http://localhost:5081";

    /// <summary>External LocalCloud only: the automation client's secret (the in-process one gets a fresh random secret each start).</summary>
    public string? AutomationClientSecret { get; set; }
}
