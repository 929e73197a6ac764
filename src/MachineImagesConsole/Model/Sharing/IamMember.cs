using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// One IAM member string (<c>user:ana@example.com</c>, <c>group:...</c>, <c>serviceAccount:...</c>,
/// <c>domain:example.com</c>, <c>allAuthenticatedUsers</c>) split into its kind and identity.
/// </summary>
public sealed record IamMember(IamMemberKind Kind, string Id, string Value)
{
    public const string AllAuthenticatedUsers = "allAuthenticatedUsers";

    /// <summary>The label the UI shows for the kind.</summary>
    public string KindLabel => Kind switch
    {
        IamMemberKind.User => "user",
        IamMemberKind.Group => "group",
        IamMemberKind.ServiceAccount => "serviceAccount",
        IamMemberKind.Domain => "domain",
        IamMemberKind.AllAuthenticatedUsers => "allAuthenticatedUsers",
        _ => Value.Split(':')[0],
    };

    /// <summary>Splits any member string found in a policy (never fails: unknown forms become <see cref="IamMemberKind.Other"/>).</summary>
    public static IamMember FromPolicy(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == AllAuthenticatedUsers) return new IamMember(IamMemberKind.AllAuthenticatedUsers, "", value);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return new IamMember(IamMemberKind.Other, value, value);
        var id = value[(colon + 1)..];
        var kind = value[..colon] switch
        {
            "user" => IamMemberKind.User,
            "group" => IamMemberKind.Group,
            "serviceAccount" => IamMemberKind.ServiceAccount,
            "domain" => IamMemberKind.Domain,
            _ => IamMemberKind.Other,
        };
        return new IamMember(kind, id, value);
    }

    /// <summary>
    /// Checks what a person typed before anything is sent. Accepts the member forms Compute images and machine
    /// images take; a bare e-mail address is refused with a hint to write <c>user:</c> or <c>group:</c>.
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out IamMember? member, [NotNullWhen(false)] out string? error)
    {
        member = null;
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "Enter a member, e.g. user:ana@example.com.";
            return false;
        }

        if (text == AllAuthenticatedUsers)
        {
            member = new IamMember(IamMemberKind.AllAuthenticatedUsers, "", text);
            error = null;
            return true;
        }

        if (text == "allUsers")
        {
            error = "Compute Engine images cannot be shared with allUsers; use allAuthenticatedUsers to make it public.";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            error = text.Contains('@', StringComparison.Ordinal)
                ? $"Say what kind of member this is: user:{text}, group:{text} or serviceAccount:{text}."
                : "A member starts with user:, group:, serviceAccount: or domain:, or is allAuthenticatedUsers.";
            return false;
        }

        var prefix = text[..colon];
        var id = text[(colon + 1)..];
        IamMemberKind kind;
        switch (prefix)
        {
            case "user": kind = IamMemberKind.User; break;
            case "group": kind = IamMemberKind.Group; break;
            case "serviceAccount": kind = IamMemberKind.ServiceAccount; break;
            case "domain": kind = IamMemberKind.Domain; break;
            default:
                error = $"'{prefix}:' is not a member type Compute accepts here; use user:, group:, serviceAccount: or domain:.";
                return false;
        }

        if (kind == IamMemberKind.Domain)
        {
            if (!IsDomain(id))
            {
                error = $"'{id}' is not a domain name (e.g. domain:example.com).";
                return false;
            }
        }
        else if (!IsEmail(id))
        {
            error = $"'{id}' is not an e-mail address (e.g. {prefix}:ana@example.com).";
            return false;
        }
        else if (kind == IamMemberKind.ServiceAccount && !id.EndsWith(".gserviceaccount.com", StringComparison.OrdinalIgnoreCase))
        {
            error = $"A service account's address ends in .gserviceaccount.com ('{id}' does not).";
            return false;
        }

        member = new IamMember(kind, id, prefix + ":" + id);
        error = null;
        return true;
    }

    private static bool IsEmail(string value)
    {
        if (value.Length is 0 or > 254 || value.Any(char.IsWhiteSpace) || value.Count(c => c == '@') != 1) return false;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && IsDomain(value[(at + 1)..]) && MailAddress.TryCreate(value, out var parsed) && parsed.Address == value;
    }

    private static bool IsDomain(string value)
    {
        if (value.Length is 0 or > 253) return false;
        var labels = value.Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && labels[^1].All(char.IsAsciiLetter);
    }
}
