namespace MachineImagesConsole.Authentication;

/// <summary>The <c>Console:Authentication:AllowedDomains</c> rule: a Workspace domain (<c>hd</c>) or a verified email domain must be listed.</summary>
public static class AllowedDomains
{
    public static bool IsAllowed(IReadOnlyCollection<string> allowed, string? hostedDomain, string? email, string? emailVerified)
    {
        if (allowed.Count == 0)
        {
            return true;
        }

        if (hostedDomain is not null && allowed.Contains(hostedDomain, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = email?.LastIndexOf('@') ?? -1;
        return at > 0 && !string.Equals(emailVerified, "false", StringComparison.OrdinalIgnoreCase)
            && allowed.Contains(email![(at + 1)..], StringComparer.OrdinalIgnoreCase);
    }
}
