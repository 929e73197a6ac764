namespace MachineImagesConsole.Configuration;

/// <summary>
/// Where things are, resolved once at start from configuration (and the in-process LocalCloud's bound address).
/// Singleton. The Compute client and the Compute session read their base URLs from here.
/// </summary>
public sealed record ConsoleEndpoints
{
    /// <summary>The console's own public origin, e.g. <c>http://localhost:5080/</c>.</summary>
    public required Uri PublicUrl { get; init; }

    /// <summary>The OpenID Connect issuer: LocalCloud's origin or <c>https://accounts.google.com</c>.</summary>
    public required Uri Authority { get; init; }

    /// <summary>Compute Engine root URL (append <c>compute/v1/</c>).</summary>
    public required Uri ComputeBaseUrl { get; init; }

    /// <summary>Cloud Resource Manager root URL (append <c>v3/</c>).</summary>
    public required Uri ResourceManagerBaseUrl { get; init; }

    /// <summary>True when Compute and sign-in are LocalCloud's.</summary>
    public required bool IsLocalCloud { get; init; }

    /// <summary>LocalCloud only: the automation client's credentials (client-credentials grant at <see cref="Authority"/>).</summary>
    public LocalCloudAutomationClient? AutomationClient { get; init; }

    public Uri SignInCallback => new(PublicUrl, "signin-oidc");

    public Uri SignOutCallback => new(PublicUrl, "signout-callback-oidc");
}
