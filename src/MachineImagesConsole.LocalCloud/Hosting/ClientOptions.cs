namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>An OIDC client people sign in through (<c>LocalCloud:Clients:CLIENT_ID</c>).</summary>
public sealed class ClientOptions
{
    public string DisplayName { get; set; } = "";

    /// <summary>Empty: a public client that must use PKCE. Set: a confidential client.</summary>
    public string? ClientSecret { get; set; }

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
