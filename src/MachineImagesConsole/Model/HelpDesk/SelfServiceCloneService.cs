using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Restore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Model.HelpDesk;

/// <summary>
/// The one command path of help-desk self-service clones (scoped, per circuit). For the signed-in person it checks the
/// role, the approval and every <see cref="CloneGuardrails"/> rule on the server — a refusal is audited as Denied and
/// nothing is created — then restores the approved machine image as the console's service account through the
/// <see cref="MutationPipeline"/> (audited as the person), always without an external IP, and records the clone's expiry.
/// </summary>
public sealed class SelfServiceCloneService(
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    IDbContextFactory<ConsoleDbContext> contextFactory,
    CloneGuardrails guardrails,
    ServiceAccountPipelines pipelines,
    AuditLog auditLog,
    TimeProvider time)
{
    public async Task<CloneOutcome> RequestCloneAsync(SelfServiceCloneRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        if (!(await authorization.AuthorizeAsync(user, null, ConsolePolicies.SelfServiceClone)).Succeeded)
            return await RefuseAsync(user, request, [$"The console role '{ConsoleUser.RoleOf(user)}' may not create self-service clones."], cancellationToken);

        bool approved;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            approved = await db.SelfServiceApprovals.AnyAsync(a => a.Project == request.SourceProject && a.MachineImage == request.MachineImage, cancellationToken);
        }
        var problems = guardrails.Check(request, approved);
        if (problems.Count > 0) return await RefuseAsync(user, request, problems, cancellationToken);

        var ttl = request.Ttl ?? guardrails.Options.DefaultTtl;
        var (pipeline, session) = pipelines.For(user);
        Compute.Models.MachineImage image;
        try
        {
            image = await session.Client.MachineImages.GetAsync(request.SourceProject, request.MachineImage, cancellationToken);
        }
        catch (ComputeApiException error)
        {
            return new CloneOutcome { Accepted = false, Problems = [$"The machine image could not be read: {error.Message}"] };
        }

        var restore = RestorePlanner.FromMachineImage(request.SourceProject, image);
        restore.TargetProject = request.Project;
        restore.Zone = request.Zone;
        restore.Name = request.Name;
        restore.UseCustomMachineType = false;
        restore.MachineType = request.MachineType;
        restore.Network = guardrails.Options.Network;
        restore.Subnetwork = await SubnetworkAsync(session, request.Project, restore.Region, guardrails.Options.Network, cancellationToken);
        restore.ExternalIp = false;
        restore.DeletionProtection = false;
        restore.Labels["self-service-clone"] = "true";
        var body = RestorePlanner.BuildBody(image, restore);
        body.NetworkInterfaces = [RestorePlanner.BuildInterface(restore)];
        if (CloneGuardrails.HasExternalIp(body)) throw new InvalidOperationException("A self-service clone body carried an external IP.");

        var expiresAt = time.GetUtcNow() + ttl;
        var command = RestoreCommands.Insert(ConsoleActions.SelfServiceClone, restore, body,
            new { reason = request.Reason, expiresAt = expiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), sourceProject = request.SourceProject, machineImage = request.MachineImage });
        var result = await pipeline.ExecuteAsync(command, cancellationToken);
        if (!result.Succeeded)
            return new CloneOutcome { Accepted = false, Mutation = result, Problems = [$"{result.ErrorMessage} {result.WhatToDo}".Trim()] };

        var record = new CloneRecord
        {
            RequestedBy = ConsoleUser.EmailOf(user),
            Reason = request.Reason.Trim(),
            SourceProject = request.SourceProject,
            MachineImage = request.MachineImage,
            Project = request.Project,
            Zone = request.Zone,
            Name = request.Name,
            MachineType = request.MachineType,
            CreatedAt = time.GetUtcNow(),
            ExpiresAt = expiresAt,
            Status = CloneStatus.Active,
            OperationName = result.OperationName,
            AuditRecordId = result.AuditRecordId,
        };
        await using (var db = await contextFactory.CreateDbContextAsync(CancellationToken.None))
        {
            db.CloneRecords.Add(record);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return new CloneOutcome { Accepted = true, CloneId = record.Id, Mutation = result, ExpiresAt = expiresAt };
    }

    /// <summary>The clones of the signed-in person (all clones for Admins), newest first.</summary>
    public async Task<IReadOnlyList<CloneRecord>> MyClonesAsync(CancellationToken cancellationToken)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        var email = ConsoleUser.EmailOf(user);
        var admin = ConsoleUser.RoleOf(user) == ConsoleRoles.Admin;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CloneRecords.AsNoTracking();
        if (!admin) query = query.Where(c => c.RequestedBy == email);
        return await query.OrderByDescending(c => c.Id).Take(200).ToListAsync(cancellationToken);
    }

    /// <summary>The subnetwork of <paramref name="network"/> in <paramref name="region"/> (shared with clones from a VM).</summary>
    internal static async Task<string> SubnetworkAsync(ComputeSession session, string project, string region, string network, CancellationToken cancellationToken)
    {
        await foreach (var subnet in session.Client.Subnetworks.ListAsync(project, region, null, cancellationToken))
            if (RestorePlanner.ShortName(subnet.Network) == network && subnet.Name is { } name) return name;
        return network; // auto-mode networks name their subnetworks after the network
    }

    private async Task<CloneOutcome> RefuseAsync(System.Security.Claims.ClaimsPrincipal user, SelfServiceCloneRequest request, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        await auditLog.AddAsync(new AuditRecord
        {
            ActorEmail = ConsoleUser.EmailOf(user),
            ActorRole = ConsoleUser.RoleOf(user),
            Action = ConsoleActions.SelfServiceClone,
            Target = ResourceLinks.Instance(request.Project, request.Zone, request.Name),
            Project = string.IsNullOrEmpty(request.Project) ? "-" : request.Project,
            ParametersJson = AuditParameterRedactor.ToRedactedJson(new { request.SourceProject, request.MachineImage, request.MachineType, request.ExternalIp, request.Reason }),
            RequestId = Guid.NewGuid(),
            Outcome = AuditOutcome.Denied,
            ErrorMessage = string.Join(" ", problems),
        }, cancellationToken);
        return new CloneOutcome { Accepted = false, Problems = problems };
    }
}
