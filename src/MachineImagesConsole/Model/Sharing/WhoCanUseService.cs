using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// Lists who can create VMs from an image or machine image. Compute exposes the resource's own IAM policy and
/// testIamPermissions for the caller; reading project policies needs Resource Manager's getIamPolicy, which the console
/// does not call, so project-level grants are reported only for the caller (documented in <see cref="UsageReport.Limits"/>).
/// </summary>
public sealed class WhoCanUseService(ComputeSession session, SharingService sharing)
{
    public async Task<UsageReport> AnalyzeAsync(ResourceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var policy = await sharing.GetPolicyAsync(target, cancellationToken);
        var grants = (policy.Bindings ?? [])
            .Where(b => b.Role is not null && SharingRoles.GrantsUse(target.Kind, b.Role))
            .SelectMany(b => (b.Members ?? []).Select(m => new UsageGrant(IamMember.FromPolicy(m), b.Role!, "resource policy", b.Condition?.Expression)))
            .OrderBy(g => g.Member.Value, StringComparer.Ordinal).ThenBy(g => g.Role, StringComparer.Ordinal)
            .ToList();

        var prefix = target.Kind == ResourceKind.Image ? "compute.images." : "compute.machineImages.";
        var asked = new List<string> { prefix + "useReadOnly", prefix + "get" };
        var request = new TestPermissionsRequest { Permissions = asked };
        var response = target.Kind == ResourceKind.Image
            ? await session.Client.Images.TestIamPermissionsAsync(target.Project, target.Name, request, cancellationToken)
            : await session.Client.MachineImages.TestIamPermissionsAsync(target.Project, target.Name, request, cancellationToken);
        var held = response.Permissions ?? [];

        IReadOnlyList<string> limits =
        [
            $"Members listed come from the {target.KindLabel}'s own IAM policy.",
            $"People with a use role on the whole project {target.Project} (e.g. roles/owner, roles/editor, roles/compute.admin) can use it too; the console does not read project policies (Resource Manager getIamPolicy), so they are not listed.",
            "Whether you yourself can use it is checked with testIamPermissions, which includes project-level grants.",
        ];
        return new UsageReport(grants, held.Contains(prefix + "useReadOnly"), held, limits);
    }
}
