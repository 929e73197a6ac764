using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MachineImagesConsole.LocalCloud.Iam;

/// <summary>
/// Checks a policy sent to <c>setIamPolicy</c> before it is stored. Returns null when it is acceptable, else
/// the first problem as a message fit for a 400 <c>invalid</c> response.
/// </summary>
public static partial class IamPolicyValidator
{
    /// <summary>Google's limit on principals across all bindings of one policy.</summary>
    public const int MaxMembers = 1500;

    private const string MemberForms =
        "user:EMAIL, serviceAccount:EMAIL, group:EMAIL, domain:DOMAIN, allUsers, allAuthenticatedUsers or deleted:KIND:EMAIL?uid=ID";

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

    [GeneratedRegex(@"^[a-z][-a-z0-9]{4,28}[a-z0-9]\.svc\.id\.goog\[[^/\]]+/[^/\]]+\]\z", RegexOptions.CultureInvariant)]
    private static partial Regex WorkloadIdentity();

    [GeneratedRegex(@"^(?:projects/[a-z][-a-z0-9]{4,28}[a-z0-9]|organizations/[0-9]{1,20})/roles/[A-Za-z0-9_.]{3,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CustomRole();

    [GeneratedRegex(@"^(?:user|serviceAccount|group):(?<email>[^?]+)\?uid=[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DeletedMember();

    public static string? Validate(JsonObject policy)
    {
        ArgumentNullException.ThrowIfNull(policy);

        var version = 0;
        if (policy["version"] is { } versionNode)
        {
            if (versionNode is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue(out version))
            {
                return "Policy version must be an integer (1 or 3).";
            }

            if (version is not (0 or 1 or 3))
            {
                return $"Invalid policy version {version}; use 1, or 3 when a binding has a condition.";
            }
        }

        if (policy["bindings"] is null)
        {
            return null;
        }

        if (policy["bindings"] is not JsonArray bindings)
        {
            return "Policy 'bindings' must be an array.";
        }

        var totalMembers = 0;
        for (var i = 0; i < bindings.Count; i++)
        {
            if (bindings[i] is not JsonObject binding)
            {
                return $"Binding #{i} must be an object with 'role' and 'members'.";
            }

            var role = AsString(binding["role"]);
            if (string.IsNullOrWhiteSpace(role))
            {
                return $"Binding #{i} has no role; set 'role' to a role such as roles/compute.imageUser.";
            }

            if (role.StartsWith("roles/", StringComparison.Ordinal))
            {
                if (!IamRoles.IsKnown(role))
                {
                    return $"Role {role} (binding #{i}) is not supported; known roles: {string.Join(", ", IamRoles.Predefined)}.";
                }
            }
            else if (!CustomRole().IsMatch(role))
            {
                return $"Role '{role}' (binding #{i}) is not a valid role name; use roles/NAME or projects/PROJECT/roles/NAME.";
            }

            if (binding["members"] is not JsonArray members || members.Count == 0)
            {
                return $"Binding #{i} for {role} has no members; remove the binding or add at least one member.";
            }

            foreach (var memberNode in members)
            {
                var member = AsString(memberNode);
                if (member is null)
                {
                    return $"Binding #{i} for {role} has a member that is not a string.";
                }

                if (MemberProblem(member) is { } problem)
                {
                    return $"Invalid member '{member}' in binding #{i} for {role}: {problem}.";
                }
            }

            totalMembers += members.Count;

            if (binding["condition"] is { } conditionNode)
            {
                if (conditionNode is not JsonObject condition)
                {
                    return $"Binding #{i} for {role}: 'condition' must be an object with 'title' and 'expression'.";
                }

                if (version != 3)
                {
                    return $"Binding #{i} for {role} has a condition, which requires policy version 3 (the policy has version {version}).";
                }

                if (string.IsNullOrWhiteSpace(AsString(condition["title"])))
                {
                    return $"Binding #{i} for {role}: a condition needs a title.";
                }

                var expression = AsString(condition["expression"]);
                if (string.IsNullOrWhiteSpace(expression))
                {
                    return $"Binding #{i} for {role}: a condition needs an expression.";
                }

                if (!IamCondition.IsSupported(expression))
                {
                    return $"Binding #{i} for {role}: the condition expression '{expression}' is not supported; LocalCloud evaluates " +
                           "request.time compared with timestamp(\"RFC3339\") using <, <=, >, >=, joined with &&.";
                }
            }
        }

        if (totalMembers > MaxMembers)
        {
            return $"The policy has {totalMembers} members across its bindings; at most {MaxMembers} are allowed.";
        }

        return null;
    }

    private static string? MemberProblem(string member)
    {
        if (member is "allUsers" or "allAuthenticatedUsers")
        {
            return null;
        }

        var colon = member.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return $"expected one of {MemberForms}";
        }

        var kind = member[..colon];
        var value = member[(colon + 1)..];
        switch (kind)
        {
            case "user":
            case "group":
                return Email().IsMatch(value) ? null : $"'{value}' is not an email address";
            case "serviceAccount":
                return Email().IsMatch(value) || WorkloadIdentity().IsMatch(value) ? null : $"'{value}' is not a service account email";
            case "domain":
                return DomainName().IsMatch(value) ? null : $"'{value}' is not a domain name";
            case "deleted":
                var deleted = DeletedMember().Match(value);
                return deleted.Success && Email().IsMatch(deleted.Groups["email"].Value)
                    ? null
                    : "deleted members look like deleted:user:EMAIL?uid=ID";
            default:
                return $"unknown member type '{kind}'; expected one of {MemberForms}";
        }
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
