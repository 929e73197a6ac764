namespace MachineImagesConsole.Configuration;

/// <summary>Values of <c>Console:Mode</c>: where the console signs people in and which Compute Engine it talks to.</summary>
public static class ConsoleModes
{
    /// <summary>The embedded LocalCloud (Compute Engine + OIDC issuer), hosted in-process by default.</summary>
    public const string LocalCloud = "LocalCloud";

    /// <summary>accounts.google.com and compute.googleapis.com.</summary>
    public const string Google = "Google";

    public static readonly IReadOnlyList<string> All = [LocalCloud, Google];
}
