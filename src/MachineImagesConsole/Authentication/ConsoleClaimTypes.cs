namespace MachineImagesConsole.Authentication;

/// <summary>Claim types on the console's cookie principal (issuer claims are not remapped: <c>MapInboundClaims = false</c>).</summary>
public static class ConsoleClaimTypes
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string Name = "name";

    /// <summary>The random id of the server-side <see cref="UserSessionStore"/> session behind this cookie.</summary>
    public const string SessionId = "mic_sid";

    /// <summary>Where the person signed in (the token issuer).</summary>
    public const string Issuer = "mic_iss";

    /// <summary>LocalCloud's ID tokens carry the demo accounts' console role in this claim.</summary>
    public const string IssuerRoles = "roles";

    /// <summary>Google Workspace domain ("hosted domain") claim.</summary>
    public const string HostedDomain = "hd";
}
