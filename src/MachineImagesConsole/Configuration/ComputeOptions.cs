namespace MachineImagesConsole.Configuration;

/// <summary>The <c>Console:Compute</c> section.</summary>
public sealed class ComputeOptions
{
    /// <summary><see cref="ComputeIdentities.User"/> (default) or <see cref="ComputeIdentities.ServiceAccount"/>.</summary>
    public string Identity { get; set; } = ComputeIdentities.User;

    /// <summary>Compute Engine root URL (the client appends <c>compute/v1/</c>). Default: Google's, or LocalCloud's origin in LocalCloud mode.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Cloud Resource Manager root URL (the client appends <c>v3/</c>). Default: Google's, or LocalCloud's origin.</summary>
    public string? ResourceManagerBaseUrl { get; set; }

    /// <summary>Google mode with ServiceAccount identity: a JSON key file. Unset = Application Default Credentials.</summary>
    public string? ServiceAccountKeyFile { get; set; }

    public bool UsesUserIdentity => string.Equals(Identity, ComputeIdentities.User, StringComparison.OrdinalIgnoreCase);
}
