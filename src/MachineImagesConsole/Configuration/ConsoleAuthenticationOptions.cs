namespace MachineImagesConsole.Configuration;

/// <summary>The <c>Console:Authentication</c> section.</summary>
public sealed class ConsoleAuthenticationOptions
{
    public GoogleSignInOptions Google { get; set; } = new();

    /// <summary>Optional: only people whose Google Workspace domain (<c>hd</c>) or email domain is listed may sign in.</summary>
    public List<string> AllowedDomains { get; set; } = [];

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);
}
