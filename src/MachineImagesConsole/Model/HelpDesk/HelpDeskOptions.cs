namespace MachineImagesConsole.Model.HelpDesk;

/// <summary><c>Console:HelpDesk</c>: the guardrails of help-desk self-service clones (enforced on the server).</summary>
public sealed class HelpDeskOptions
{
    public const string SectionName = "Console:HelpDesk";

    /// <summary>Projects clones may be created in (empty: self-service is off).</summary>
    public IList<string> PermittedProjects { get; } = [];

    /// <summary>Zones clones may be created in.</summary>
    public IList<string> PermittedZones { get; } = [];

    /// <summary>Predefined machine types clones may use.</summary>
    public IList<string> PermittedMachineTypes { get; } = [];

    /// <summary>The network clones are attached to (in the target project), never with an external IP.</summary>
    public string Network { get; set; } = "default";

    /// <summary>The expiry a clone gets when the person does not choose one.</summary>
    public TimeSpan DefaultTtl { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The longest expiry a person may choose.</summary>
    public TimeSpan MaxTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the expiry job looks for expired clones.</summary>
    public TimeSpan ExpiryScanInterval { get; set; } = TimeSpan.FromMinutes(1);
}
