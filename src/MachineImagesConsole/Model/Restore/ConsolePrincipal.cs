using System.Security.Claims;
using MachineImagesConsole.Authentication;

namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// Principals for work the console does without a browser: a drill started by a person (their e-mail and role,
/// as recorded when they asked), or the console's own housekeeping (clone expiry).
/// </summary>
public static class ConsolePrincipal
{
    /// <summary>The actor the clone-expiry job is audited as.</summary>
    public const string CloneExpiryActor = "console-clone-expiry@system";

    public static ClaimsPrincipal For(string email, string role)
    {
        ArgumentException.ThrowIfNullOrEmpty(email);
        ArgumentException.ThrowIfNullOrEmpty(role);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("email", email), new Claim(ClaimTypes.Name, email), new Claim(ConsoleRoles.ClaimType, role)],
            authenticationType: "console-background",
            nameType: ClaimTypes.Name,
            roleType: ConsoleRoles.ClaimType));
    }
}
