using System.Text.Json;
using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Iam;

/// <summary>
/// Decides what a caller may do from IAM policies in Google's JSON shape (<c>{version, etag, bindings[]}</c>).
/// Policies are additive: pass the project policy and the resource's own policy; a permission granted by any
/// binding of any of them is granted. There are no deny policies.
/// </summary>
public static class IamPolicyEvaluator
{
    /// <summary>Whether any binding of any policy grants <paramref name="permission"/> to the caller at <paramref name="now"/>.</summary>
    public static bool HasPermission(IEnumerable<JsonObject?> policies, CallerIdentity caller, string permission, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentException.ThrowIfNullOrEmpty(permission);

        foreach (var role in EffectiveRoles(policies, caller, now))
        {
            if (IamRoles.PermissionsOf(role).Contains(permission))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subset of <paramref name="requested"/> the caller holds, in request order without duplicates
    /// (the answer of <c>testIamPermissions</c>).
    /// </summary>
    public static IReadOnlyList<string> GrantedPermissions(IEnumerable<JsonObject?> policies, CallerIdentity caller, IEnumerable<string> requested, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(requested);

        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in EffectiveRoles(policies, caller, now))
        {
            held.UnionWith(IamRoles.PermissionsOf(role));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var granted = new List<string>();
        foreach (var permission in requested)
        {
            if (permission is not null && held.Contains(permission) && seen.Add(permission))
            {
                granted.Add(permission);
            }
        }

        return granted;
    }

    /// <summary>
    /// Whether a binding member names the caller: <c>user:</c> (people), <c>serviceAccount:</c> (automation),
    /// <c>group:</c> (the caller's groups), <c>domain:</c> (people whose email is in the domain),
    /// <c>allAuthenticatedUsers</c> and <c>allUsers</c>. Emails and domains compare case-insensitively;
    /// <c>deleted:</c> members and anything unrecognised never match.
    /// </summary>
    public static bool MemberMatches(string member, CallerIdentity caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrEmpty(member))
        {
            return false;
        }

        if (member is "allUsers" or "allAuthenticatedUsers")
        {
            return true;
        }

        var colon = member.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var kind = member[..colon];
        var value = member[(colon + 1)..];
        return kind switch
        {
            "user" => !caller.IsServiceAccount && EqualsIgnoreCase(value, caller.Email),
            "serviceAccount" => caller.IsServiceAccount && EqualsIgnoreCase(value, caller.Email),
            "group" => caller.Groups.Any(group => EqualsIgnoreCase(value, group)),
            "domain" => !caller.IsServiceAccount && EqualsIgnoreCase(value, caller.Domain),
            _ => false,
        };
    }

    private static bool EqualsIgnoreCase(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Roles of every binding (in every policy) whose members include the caller and whose condition holds.</summary>
    private static IEnumerable<string> EffectiveRoles(IEnumerable<JsonObject?> policies, CallerIdentity caller, DateTimeOffset now)
    {
        foreach (var policy in policies)
        {
            if (policy?["bindings"] is not JsonArray bindings)
            {
                continue;
            }

            foreach (var binding in bindings.OfType<JsonObject>())
            {
                if (TryString(binding["role"]) is not { } role || binding["members"] is not JsonArray members)
                {
                    continue;
                }

                if (!members.Any(m => TryString(m) is { } member && MemberMatches(member, caller)))
                {
                    continue;
                }

                if (binding["condition"] is { } condition)
                {
                    var expression = condition is JsonObject c ? TryString(c["expression"]) : null;
                    if (!IamCondition.Evaluate(expression, now))
                    {
                        continue;
                    }
                }

                yield return role;
            }
        }
    }

    private static string? TryString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
