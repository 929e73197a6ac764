using MachineImagesConsole.Compute.Links;
using System.Globalization;
using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.HelpDesk;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// Clone from a VM (scoped, per circuit): (1) a machine image of the VM, then (2) a restore of it into a new VM, both
/// through the <see cref="MutationPipeline"/> and followed on the <see cref="OperationTracker"/>. Operators use their own
/// pipeline; HelpDesk principals are checked against the <see cref="CloneGuardrails"/> on the server (a refusal is audited
/// as Denied and nothing is created) and run as the console's service account, like self-service clones.
/// </summary>
public sealed class CloneFromVmService(
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    MutationPipeline userPipeline,
    ComputeSession userSession,
    ServiceAccountPipelines servicePipelines,
    CloneGuardrails guardrails,
    OperationTracker tracker,
    AuditLog auditLog,
    IDbContextFactory<ConsoleDbContext> contextFactory,
    TimeProvider time)
{
    /// <summary>How long each step may take before the clone gives up following it.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The generated machine image name: <c>&lt;vm&gt;-clone-&lt;yyyyMMddHHmm&gt;</c> (the VM part shortened to fit 63 characters).</summary>
    public static string ImageNameFor(string instance, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(instance);
        var suffix = "-clone-" + now.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        var head = instance.Length + suffix.Length > 63 ? instance[..(63 - suffix.Length)].TrimEnd('-') : instance;
        return head + suffix;
    }

    /// <summary>The rules the request breaks before anything is created (empty when it may go ahead).</summary>
    public IReadOnlyList<string> Validate(CloneFromVmRequest request, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (IsHelpDesk(user))
        {
            var problems = guardrails.Check(ToSelfService(request), imageApproved: true).ToList();
            if (!guardrails.Options.PermittedProjects.Contains(request.SourceProject, StringComparer.Ordinal))
                problems.Add($"Project {request.SourceProject} is not permitted for self-service clones: only VMs of permitted projects may be cloned.");
            return problems;
        }

        var list = new List<string>();
        if (ComputeNames.Validate(request.Name, "VM name") is { } name) list.Add(name);
        if (string.IsNullOrWhiteSpace(request.TargetProject)) list.Add("Choose the project of the new VM.");
        if (string.IsNullOrWhiteSpace(request.Zone)) list.Add("Choose the zone of the new VM.");
        if (string.IsNullOrWhiteSpace(request.MachineType)) list.Add("Choose a machine type.");
        if (request.Reason.Length > 500) list.Add("The reason may be at most 500 characters.");
        return list;
    }

    /// <summary>Runs both steps, reporting each change of state; returns the final state (never throws for Compute errors).</summary>
    public async Task<CloneFromVmProgress> RunAsync(CloneFromVmRequest request, IProgress<CloneFromVmProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        var helpDesk = IsHelpDesk(user);
        var state = new CloneFromVmProgress { ImageName = ImageNameFor(request.SourceInstance, time.GetUtcNow()) };

        CloneFromVmProgress Report(CloneFromVmProgress next)
        {
            state = next;
            progress?.Report(next);
            return next;
        }

        if (helpDesk && !(await authorization.AuthorizeAsync(user, null, ConsolePolicies.SelfServiceClone)).Succeeded)
            return Report(await RefuseAsync(user, request, state, [$"The console role '{ConsoleUser.RoleOf(user)}' may not create clones."], cancellationToken));
        var problems = Validate(request, user);
        if (problems.Count > 0)
        {
            if (helpDesk) return Report(await RefuseAsync(user, request, state, problems, cancellationToken));
            return Report(state with { ImageStep = CloneStepState.Failed, Problems = problems });
        }

        var (pipeline, session) = helpDesk ? servicePipelines.For(user) : (userPipeline, userSession);
        var imageAction = helpDesk ? ConsoleActions.SelfServiceClone : ConsoleActions.MachineImagesInsert;
        var restoreAction = helpDesk ? ConsoleActions.SelfServiceClone : ConsoleActions.InstancesRestore;

        // Step 1: the machine image of the VM.
        Report(state with { ImageStep = CloneStepState.Running });
        MutationResult imageResult;
        try
        {
            imageResult = await pipeline.ExecuteAsync(
                RestoreCommands.MachineImageOfInstance(request.SourceProject, request.SourceZone, request.SourceInstance, state.ImageName, imageAction), cancellationToken);
        }
        catch (ConsoleForbiddenException denied)
        {
            return Report(state with { ImageStep = CloneStepState.Failed, Problems = [denied.Message] });
        }
        if (!imageResult.Succeeded)
            return Report(state with { ImageStep = CloneStepState.Failed, Problems = [Describe(imageResult)] });
        Report(state with { ImageOperation = imageResult.OperationName });
        var imageDone = await WaitDoneAsync(request.SourceProject, imageResult.OperationName!, cancellationToken);
        if (imageDone is { } imageFailure)
            return Report(state with { ImageStep = CloneStepState.Failed, Problems = [$"The machine image {state.ImageName} was not created: {imageFailure}"] });
        Report(state with { ImageStep = CloneStepState.Succeeded, RestoreStep = CloneStepState.Running });

        // Step 2: restore it into the new VM.
        Compute.Models.MachineImage image;
        try
        {
            image = await session.Client.MachineImages.GetAsync(request.SourceProject, state.ImageName, cancellationToken);
        }
        catch (ComputeApiException error)
        {
            return Report(state with { RestoreStep = CloneStepState.Failed, Problems = [$"The machine image {state.ImageName} could not be read: {error.Message}"] });
        }

        var restore = RestorePlanner.FromMachineImage(request.SourceProject, image);
        restore.TargetProject = request.TargetProject;
        restore.Zone = request.Zone;
        restore.Name = request.Name;
        restore.UseCustomMachineType = false;
        restore.MachineType = request.MachineType;
        restore.DeletionProtection = false;
        if (helpDesk)
        {
            restore.ExternalIp = false;
            restore.Network = guardrails.Options.Network;
            restore.Subnetwork = await SelfServiceCloneService.SubnetworkAsync(session, request.TargetProject, restore.Region, restore.Network, cancellationToken);
            restore.Labels["self-service-clone"] = "true";
        }
        else
        {
            restore.ExternalIp = request.ExternalIp;
            if (restore.SubnetworkRegion != restore.Region || request.TargetProject != request.SourceProject)
                restore.Subnetwork = await SelfServiceCloneService.SubnetworkAsync(session, request.TargetProject, restore.Region, restore.Network, cancellationToken);
        }

        var body = RestorePlanner.BuildBody(image, restore);
        if (helpDesk)
        {
            body.NetworkInterfaces = [RestorePlanner.BuildInterface(restore)];
            if (CloneGuardrails.HasExternalIp(body)) throw new InvalidOperationException("A help-desk clone body carried an external IP.");
        }

        var expiresAt = time.GetUtcNow() + guardrails.Options.DefaultTtl;
        var details = new
        {
            clonedFrom = ResourceLinks.Instance(request.SourceProject, request.SourceZone, request.SourceInstance),
            machineImage = state.ImageName,
            reason = request.Reason,
            expiresAt = helpDesk ? expiresAt.ToString("O", CultureInfo.InvariantCulture) : null,
        };
        MutationResult restoreResult;
        try
        {
            restoreResult = await pipeline.ExecuteAsync(RestoreCommands.Insert(restoreAction, restore, body, details), cancellationToken);
        }
        catch (ConsoleForbiddenException denied)
        {
            return Report(state with { RestoreStep = CloneStepState.Failed, Problems = [denied.Message] });
        }
        if (!restoreResult.Succeeded)
            return Report(state with { RestoreStep = CloneStepState.Failed, Problems = [Describe(restoreResult)] });
        Report(state with { RestoreOperation = restoreResult.OperationName });
        if (helpDesk) await RecordCloneAsync(user, request, state.ImageName, restoreResult, expiresAt);

        var restoreDone = await WaitDoneAsync(request.TargetProject, restoreResult.OperationName!, cancellationToken);
        if (restoreDone is { } restoreFailure)
            return Report(state with { RestoreStep = CloneStepState.Failed, Problems = [$"The VM {request.Name} was not created: {restoreFailure}"] });

        var (running, status) = await InstanceWaits.WaitRunningAsync(session.Client, request.TargetProject, request.Zone, request.Name,
            StepTimeout, TimeSpan.FromSeconds(1), time, cancellationToken);
        return Report(running
            ? state with { RestoreStep = CloneStepState.Succeeded, VmStatus = status }
            : state with { RestoreStep = CloneStepState.Failed, VmStatus = status, Problems = [$"The VM {request.Name} did not reach RUNNING (it is {status})."] });
    }

    private static bool IsHelpDesk(ClaimsPrincipal user) => ConsoleUser.RoleOf(user) == ConsoleRoles.HelpDesk;

    private static SelfServiceCloneRequest ToSelfService(CloneFromVmRequest request) => new()
    {
        SourceProject = request.SourceProject,
        MachineImage = request.SourceInstance,
        Project = request.TargetProject,
        Zone = request.Zone,
        Name = request.Name,
        MachineType = request.MachineType,
        Reason = request.Reason,
        ExternalIp = request.ExternalIp,
    };

    private static string Describe(MutationResult result)
        => $"{result.ErrorMessage} ({string.Join(", ", result.ErrorReasons)}) {result.WhatToDo}".Trim();

    /// <summary>Follows the tracked operation until DONE; null when it succeeded, else why it failed.</summary>
    private async Task<string?> WaitDoneAsync(string project, string operationName, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StepTimeout);
        try
        {
            var done = await tracker.WhenDoneAsync(project, operationName, timeout.Token);
            return done.Failed ? $"{done.ErrorMessage ?? "the operation failed"} ({string.Join(", ", done.ErrorReasons)})" : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"the console stopped waiting after {StepTimeout.TotalMinutes:0} minutes (timeout); the operation {operationName} may still finish.";
        }
        catch (OperationUnfollowedException error)
        {
            return error.Message + "; the operation may still finish.";
        }
        catch (ObjectDisposedException)
        {
            return "the console stopped following the operation.";
        }
    }

    private async Task RecordCloneAsync(ClaimsPrincipal user, CloneFromVmRequest request, string imageName, MutationResult result, DateTimeOffset expiresAt)
    {
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        db.CloneRecords.Add(new CloneRecord
        {
            RequestedBy = ConsoleUser.EmailOf(user),
            Reason = request.Reason.Trim(),
            SourceProject = request.SourceProject,
            MachineImage = imageName,
            Project = request.TargetProject,
            Zone = request.Zone,
            Name = request.Name,
            MachineType = request.MachineType,
            CreatedAt = time.GetUtcNow(),
            ExpiresAt = expiresAt,
            Status = CloneStatus.Active,
            OperationName = result.OperationName,
            AuditRecordId = result.AuditRecordId,
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<CloneFromVmProgress> RefuseAsync(ClaimsPrincipal user, CloneFromVmRequest request, CloneFromVmProgress state, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        await auditLog.AddAsync(new AuditRecord
        {
            ActorEmail = ConsoleUser.EmailOf(user),
            ActorRole = ConsoleUser.RoleOf(user),
            Action = ConsoleActions.SelfServiceClone,
            Target = ResourceLinks.Instance(request.TargetProject, request.Zone, request.Name),
            Project = string.IsNullOrEmpty(request.TargetProject) ? "-" : request.TargetProject,
            ParametersJson = AuditParameterRedactor.ToRedactedJson(new { clonedFrom = ResourceLinks.Instance(request.SourceProject, request.SourceZone, request.SourceInstance), request.MachineType, request.ExternalIp, request.Reason }),
            RequestId = Guid.NewGuid(),
            Outcome = AuditOutcome.Denied,
            ErrorMessage = string.Join(" ", problems),
        }, cancellationToken);
        return state with { ImageStep = CloneStepState.Failed, Problems = problems };
    }
}
