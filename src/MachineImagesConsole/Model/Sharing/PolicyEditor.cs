using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// Pure functions over IAM policies: apply the person's edits to a policy (keeping its etag, so the write is
/// conditional) and compute the member-level diff between two policies. No I/O, so the review step and the
/// retry after a conflict run the same code.
/// </summary>
public static class PolicyEditor
{
    /// <summary>The policy version bindings with conditions require.</summary>
    public const int ConditionalVersion = 3;

    /// <summary>A new policy: <paramref name="current"/> (not modified) with <paramref name="changes"/> applied in order.</summary>
    public static Policy Apply(Policy current, IEnumerable<PolicyChange> changes)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changes);
        var bindings = (current.Bindings ?? []).Select(Copy).ToList();
        foreach (var change in changes)
        {
            if (change.Kind == PolicyChangeKind.Add)
            {
                var binding = bindings.FirstOrDefault(b => b.Role == change.Role && IamConditions.SameCondition(b.Condition, change.Condition));
                if (binding is null)
                {
                    binding = new Binding { Role = change.Role, Members = [], Condition = Copy(change.Condition) };
                    bindings.Add(binding);
                }

                binding.Members ??= [];
                if (!binding.Members.Contains(change.Member, StringComparer.Ordinal)) binding.Members.Add(change.Member);
            }
            else
            {
                foreach (var binding in bindings.Where(b => b.Role == change.Role && IamConditions.SameCondition(b.Condition, change.Condition)))
                {
                    binding.Members?.RemoveAll(m => string.Equals(m, change.Member, StringComparison.Ordinal));
                }

                bindings.RemoveAll(b => b.Members is null or { Count: 0 });
            }
        }

        var conditional = bindings.Any(b => b.Condition is not null);
        return new Policy
        {
            Bindings = bindings,
            Etag = current.Etag,
            AuditConfigs = current.AuditConfigs,
            Version = conditional ? ConditionalVersion : current.Version ?? 1,
        };
    }

    /// <summary>The grants in <paramref name="after"/> that are not in <paramref name="before"/> (added) and the reverse (removed).</summary>
    public static PolicyDiff Diff(Policy? before, Policy? after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        var entries = new List<PolicyDiffEntry>();
        foreach (var grant in @new.Where(g => !old.Contains(g))) entries.Add(ToEntry(PolicyChangeKind.Add, grant));
        foreach (var grant in old.Where(g => !@new.Contains(g))) entries.Add(ToEntry(PolicyChangeKind.Remove, grant));
        return new PolicyDiff([.. entries
            .OrderBy(e => e.Role, StringComparer.Ordinal)
            .ThenBy(e => e.Member.Value, StringComparer.Ordinal)
            .ThenBy(e => e.Kind)]);
    }

    /// <summary>The members of the policy grouped by role (and condition) for display.</summary>
    public static IReadOnlyList<PolicyRoleGroup> ByRole(Policy? policy)
        => [.. (policy?.Bindings ?? [])
            .Where(b => b.Role is not null)
            .GroupBy(b => (b.Role!, b.Condition?.Expression, b.Condition?.Title))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Expression ?? "", StringComparer.Ordinal)
            .Select(g => new PolicyRoleGroup(
                g.Key.Item1,
                g.First().Condition,
                [.. g.SelectMany(b => b.Members ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(IamMember.FromPolicy)]))];

    private static HashSet<Grant> Flatten(Policy? policy)
        => [.. (policy?.Bindings ?? []).SelectMany(b => (b.Members ?? []).Select(m => new Grant(b.Role ?? "", m, b.Condition?.Title, b.Condition?.Expression)))];

    private static PolicyDiffEntry ToEntry(PolicyChangeKind kind, Grant grant)
        => new(kind, grant.Role, IamMember.FromPolicy(grant.Member), grant.ConditionTitle, grant.ConditionExpression);

    private static Binding Copy(Binding binding) => new()
    {
        Role = binding.Role,
        Members = binding.Members is null ? null : [.. binding.Members],
        Condition = Copy(binding.Condition),
    };

    private static Expr? Copy(Expr? expr) => expr is null ? null : new Expr
    {
        Title = expr.Title,
        Description = expr.Description,
        Expression = expr.Expression,
        Location = expr.Location,
    };

    private readonly record struct Grant(string Role, string Member, string? ConditionTitle, string? ConditionExpression);
}
