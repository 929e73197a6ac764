using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Model.HelpDesk;

/// <summary>The machine images approved for self-service (scoped). Only Admins approve or revoke; every change is audited.</summary>
public sealed class SelfServiceCatalog(
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    IDbContextFactory<ConsoleDbContext> contextFactory,
    AuditLog auditLog,
    ComputeSession compute,
    TimeProvider time)
{
    public async Task<IReadOnlyList<SelfServiceApproval>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SelfServiceApprovals.AsNoTracking().OrderBy(a => a.Project).ThenBy(a => a.MachineImage).ToListAsync(cancellationToken);
    }

    public async Task<SelfServiceApproval> ApproveAsync(string project, string machineImage, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        if (ComputeNames.Validate(machineImage, "Machine image name") is { } problem) throw new ArgumentException(problem, nameof(machineImage));
        var user = await RequireAdminAsync(project, machineImage, "approve", cancellationToken);
        if (!await MachineImageExistsAsync(project, machineImage, cancellationToken))
            throw new ArgumentException($"There is no machine image '{machineImage}' in project {project} that you can see; check the name and the project.", nameof(machineImage));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.SelfServiceApprovals.FirstOrDefaultAsync(a => a.Project == project && a.MachineImage == machineImage, cancellationToken);
        if (existing is not null) return existing;
        var approval = new SelfServiceApproval
        {
            Project = project,
            MachineImage = machineImage,
            ApprovedBy = ConsoleUser.EmailOf(user),
            ApprovedAt = time.GetUtcNow(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        db.SelfServiceApprovals.Add(approval);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(user, project, machineImage, "approve", AuditOutcome.Succeeded, null, cancellationToken);
        return approval;
    }

    public async Task<bool> RevokeAsync(string project, string machineImage, CancellationToken cancellationToken)
    {
        var user = await RequireAdminAsync(project, machineImage, "revoke", cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var removed = await db.SelfServiceApprovals.Where(a => a.Project == project && a.MachineImage == machineImage).ExecuteDeleteAsync(cancellationToken);
        await AuditAsync(user, project, machineImage, "revoke", AuditOutcome.Succeeded, null, cancellationToken);
        return removed > 0;
    }

    /// <summary>Only a machine image that exists (and the Admin can read) may be approved.</summary>
    private async Task<bool> MachineImageExistsAsync(string project, string machineImage, CancellationToken cancellationToken)
    {
        try
        {
            await compute.Client.MachineImages.GetAsync(project, machineImage, cancellationToken);
            return true;
        }
        catch (Compute.Errors.ComputeApiException e) when (e.IsNotFound)
        {
            return false;
        }
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> RequireAdminAsync(string project, string machineImage, string change, CancellationToken cancellationToken)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        if (!(await authorization.AuthorizeAsync(user, null, ConsolePolicies.Administer)).Succeeded)
        {
            await AuditAsync(user, project, machineImage, change, AuditOutcome.Denied, "Only Admins approve machine images for self-service.", cancellationToken);
            throw new ConsoleForbiddenException(ConsoleActions.SelfServiceApprove, ConsolePolicies.Administer,
                $"Only a console Admin may {change} self-service machine images (your role is {ConsoleUser.RoleOf(user)}).");
        }
        return user;
    }

    private Task<AuditRecord> AuditAsync(System.Security.Claims.ClaimsPrincipal user, string project, string machineImage, string change, AuditOutcome outcome, string? error, CancellationToken cancellationToken)
        => auditLog.AddAsync(new AuditRecord
        {
            ActorEmail = ConsoleUser.EmailOf(user),
            ActorRole = ConsoleUser.RoleOf(user),
            Action = ConsoleActions.SelfServiceApprove,
            Target = ResourceLinks.MachineImage(project, machineImage),
            Project = project,
            ParametersJson = AuditParameterRedactor.ToRedactedJson(new { change }),
            RequestId = Guid.NewGuid(),
            Outcome = outcome,
            ErrorMessage = error,
        }, cancellationToken);
}
