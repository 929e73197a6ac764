using Microsoft.AspNetCore.Authorization;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Met when the principal is a backup policy (<see cref="BackupPrincipal"/>) and the change is in that policy's project.
/// </summary>
public sealed class ActingForPolicyRequirement : AuthorizationHandler<ActingForPolicyRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ActingForPolicyRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var identity = context.User.Identities.FirstOrDefault(i => i.AuthenticationType == BackupPrincipal.AuthenticationType);
        var policy = identity?.FindFirst(BackupPrincipal.PolicyClaim)?.Value;
        var project = identity?.FindFirst(BackupPrincipal.ProjectClaim)?.Value;
        if (!string.IsNullOrEmpty(policy) && context.Resource is MutationCommand command && string.Equals(command.Project, project, StringComparison.Ordinal))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
