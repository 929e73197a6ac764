using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>An IAM policy, read-only: one entry per role with its members and their type.</summary>
public sealed record IamPolicyView(IReadOnlyList<IamRoleView> Roles, string? Etag, int? Version)
{
    public static IamPolicyView From(Policy? policy)
    {
        var roles = (policy?.Bindings ?? [])
            .GroupBy(b => b.Role ?? "", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IamRoleView(g.Key,
                [.. g.SelectMany(b => b.Members ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(IamMemberView.Parse)],
                g.Select(b => b.Condition?.Title ?? b.Condition?.Expression).FirstOrDefault(c => c is not null)))
            .ToList();
        return new IamPolicyView(roles, policy?.Etag, policy?.Version);
    }
}
