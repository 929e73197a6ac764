using MachineImagesConsole.Configuration;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// Decides a signed-in person's console role: configured emails and <c>@domain</c> entries, plus (LocalCloud issuer only)
/// the ID token's <c>roles</c> claim. The highest matching role wins; null means "no access".
/// </summary>
public sealed class ConsoleRoleResolver(IOptions<ConsoleOptions> options)
{
    /// <summary>Roles from highest to lowest privilege. HelpDesk sits between Operator and Viewer: it adds guarded self-service clones to Viewer.</summary>
    public static readonly IReadOnlyList<string> ByPrecedence = [ConsoleRoles.Admin, ConsoleRoles.Operator, ConsoleRoles.HelpDesk, ConsoleRoles.Viewer];

    /// <param name="email">The verified email address from the ID token, if any.</param>
    /// <param name="trustedIssuerRoles">Role names from the issuer; pass them only when the issuer is LocalCloud.</param>
    public string? Resolve(string? email, IEnumerable<string> trustedIssuerRoles)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in trustedIssuerRoles)
        {
            var known = ConsoleRoles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                candidates.Add(known);
            }
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            var roles = options.Value.Authorization.Roles;
            AddIfListed(candidates, ConsoleRoles.Admin, roles.Admin, email);
            AddIfListed(candidates, ConsoleRoles.Operator, roles.Operator, email);
            AddIfListed(candidates, ConsoleRoles.HelpDesk, roles.HelpDesk, email);
            AddIfListed(candidates, ConsoleRoles.Viewer, roles.Viewer, email);
        }

        return ByPrecedence.FirstOrDefault(candidates.Contains);
    }

    /// <summary>True when <paramref name="entry"/> (an email or an <c>@domain</c>) matches <paramref name="email"/>, ignoring case.</summary>
    public static bool Matches(string entry, string email)
    {
        entry = entry.Trim();
        email = email.Trim();
        return entry.StartsWith('@')
            ? email.EndsWith(entry, StringComparison.OrdinalIgnoreCase) && email.IndexOf('@', StringComparison.Ordinal) == email.Length - entry.Length
            : string.Equals(entry, email, StringComparison.OrdinalIgnoreCase);
    }

    private static void AddIfListed(HashSet<string> candidates, string role, IEnumerable<string> entries, string email)
    {
        if (entries.Any(entry => Matches(entry, email)))
        {
            candidates.Add(role);
        }
    }
}
