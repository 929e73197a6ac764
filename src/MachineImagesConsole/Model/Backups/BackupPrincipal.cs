using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// The principal a backup policy acts as (no console role; audited as <c>backup-policy:NAME</c>), and the authorization
/// policy its changes need: a <see cref="MutationCommand"/> in the policy's own project only. A person can never hold it:
/// it is built by the runner, never from a sign-in.
/// </summary>
public static class BackupPrincipal
{
    /// <summary>The authorization policy of <see cref="ConsoleActions.BackupsCreateMachineImage"/> and <see cref="ConsoleActions.BackupsRetentionDelete"/>.</summary>
    public const string PolicyName = "console.backupPolicy";

    public const string PolicyClaim = "mic_backup_policy";
    public const string ProjectClaim = "mic_backup_project";
    public const string AuthenticationType = "console-backup-policy";

    public static string ActorOf(string policyName) => "backup-policy:" + policyName;

    public static ClaimsPrincipal For(Data.BackupPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim("email", ActorOf(policy.Name)),
                new Claim(ClaimTypes.Name, ActorOf(policy.Name)),
                new Claim(PolicyClaim, policy.Name),
                new Claim(ProjectClaim, policy.Project),
            ],
            AuthenticationType, ClaimTypes.Name, Authentication.ConsoleRoles.ClaimType));
    }

    /// <summary>Viewer, Operator or Admin (not HelpDesk): see policies, runs and coverage.</summary>
    public const string ViewPolicy = "console.backups.view";

    public static void AddPolicy(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(PolicyName, policy => policy.RequireAuthenticatedUser().AddRequirements(new ActingForPolicyRequirement()));
        options.AddPolicy(ViewPolicy, policy => policy.RequireAuthenticatedUser()
            .RequireClaim(Authentication.ConsoleRoles.ClaimType, Authentication.ConsoleRoles.Viewer, Authentication.ConsoleRoles.Operator, Authentication.ConsoleRoles.Admin));
    }
}
