namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary><c>LocalCloud:Automation</c>: the client-credentials client that acts as a service account.</summary>
public sealed class AutomationOptions
{
    public string ClientId { get; set; } = "console-automation";

    /// <summary>When empty, LocalCloud generates one on first start and keeps it in <c>&lt;data dir&gt;/automation-client-secret</c>.</summary>
    public string? ClientSecret { get; set; }

    public string ServiceAccountEmail { get; set; } = "console-automation@localcloud.iam.gserviceaccount.com";
}
