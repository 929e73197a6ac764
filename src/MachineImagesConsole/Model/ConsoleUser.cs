using System.Security.Claims;
using MachineImagesConsole.Authentication;

namespace MachineImagesConsole.Model;

/// <summary>Reads who a signed-in principal is, as the audit log and the tracker record it.</summary>
public static class ConsoleUser
{
    /// <summary>The person's e-mail (lower case), or <c>unknown</c> when the principal carries none.</summary>
    public static string EmailOf(ClaimsPrincipal? user)
    {
        var email = user?.FindFirst("email")?.Value ?? user?.FindFirst(ClaimTypes.Email)?.Value ?? user?.Identity?.Name;
        return string.IsNullOrWhiteSpace(email) ? "unknown" : email.Trim().ToLowerInvariant();
    }

    /// <summary>The strongest console role the principal holds (Admin, Operator, HelpDesk, Viewer), or <c>none</c>.</summary>
    public static string RoleOf(ClaimsPrincipal? user)
    {
        if (user is null) return "none";
        foreach (var role in (ReadOnlySpan<string>)[ConsoleRoles.Admin, ConsoleRoles.Operator, ConsoleRoles.HelpDesk, ConsoleRoles.Viewer])
        {
            if (user.HasClaim(ConsoleRoles.ClaimType, role) || user.IsInRole(role)) return role;
        }
        return "none";
    }
}
