namespace MachineImagesConsole.Configuration;

/// <summary>The <c>Console:Authentication:Google</c> section: an OAuth client of type "Web application". Secrets come from the environment or user secrets, never the repository.</summary>
public sealed class GoogleSignInOptions
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }
}
