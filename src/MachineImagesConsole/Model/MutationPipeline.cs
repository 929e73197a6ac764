using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Model;

/// <summary>
/// The one path every change to Compute takes (scoped, one per circuit):
/// (1) authorize the action on the server against the signed-in person — a refusal is audited as Denied
/// and thrown as <see cref="ConsoleForbiddenException"/>; (2) write the audit record before calling Compute;
/// (3) call Compute with the command's request id; (4) record Submitted and hand the returned operation to the
/// <see cref="OperationTracker"/> (which records Succeeded/Failed when it is DONE), or record Completed for a
/// synchronous call, or Failed with Compute's reasons and what to do.
/// </summary>
public sealed partial class MutationPipeline(
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    AuditLog auditLog,
    ComputeSession session,
    OperationTracker tracker,
    ComputeListCache listCache,
    ILogger<MutationPipeline> logger)
{
    public async Task<MutationResult> ExecuteAsync(MutationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        var policy = ConsoleActions.PolicyFor(command.Action);
        var record = new AuditRecord
        {
            ActorEmail = ConsoleUser.EmailOf(user),
            ActorRole = ConsoleUser.RoleOf(user),
            Action = command.Action,
            Target = command.Target,
            Project = command.Project,
            ParametersJson = AuditParameterRedactor.ToRedactedJson(command.Parameters),
            RequestId = command.RequestId,
        };

        // 1. Authorize on the server.
        var allowed = await authorization.AuthorizeAsync(user, command, policy);
        if (!allowed.Succeeded)
        {
            record.Outcome = AuditOutcome.Denied;
            record.ErrorMessage = $"The console role '{record.ActorRole}' may not perform {command.Action}.";
            await auditLog.AddAsync(record, CancellationToken.None);
            LogDenied(record.ActorEmail, command.Action, command.Project);
            throw new ConsoleForbiddenException(command.Action, policy,
                $"You are not allowed to {Describe(command.Action)} (your console role is {record.ActorRole}). Ask a console Admin if you need this.");
        }

        // 2. Audit before calling Compute.
        record.Outcome = AuditOutcome.Pending;
        await auditLog.AddAsync(record, cancellationToken);
        command.Attempts++;

        // 3. Call Compute with the command's request id.
        Compute.Models.Operation? operation;
        try
        {
            operation = await command.ExecuteAsync(session.Client, cancellationToken);
        }
        catch (ComputeApiException error)
        {
            return await FailAsync(record, error.Reasons.Count > 0 ? error.Reasons : [((int)error.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                error.Message, ComputeErrorAdvice.For(error));
        }
        catch (Lifecycle.DeleteBlockedException error)
        {
            return await FailAsync(record, ["deleteBlocked"], error.Message,
                "Nothing was deleted. Remove the protection (Admin), or confirm the explicit override, then try again.");
        }
        catch (AccessTokenException error)
        {
            return await FailAsync(record, ["accessToken"], error.Message, "The console could not get a Google Cloud access token: sign out and in again, or ask an Admin to check the console's credentials.");
        }
        catch (HttpRequestException error)
        {
            return await FailAsync(record, ["unreachable"], error.Message, ComputeErrorAdvice.Retry);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            return await FailAsync(record, ["timeout"], error.Message, ComputeErrorAdvice.Retry);
        }
        catch (OperationCanceledException)
        {
            await auditLog.SetOutcomeAsync(record.Id, AuditOutcome.Failed, null, ["cancelled"],
                "Cancelled before Compute answered; the change may still happen.", CancellationToken.None);
            throw;
        }

        listCache.Invalidate(command.Project);

        // 4–5. Synchronous: done. Otherwise record Submitted, then track (the tracker completes the record at DONE).
        if (operation is null)
        {
            await auditLog.SetOutcomeAsync(record.Id, AuditOutcome.Succeeded, null, null, null, CancellationToken.None);
            return new MutationResult { Outcome = MutationOutcome.Completed, AuditRecordId = record.Id, RequestId = command.RequestId };
        }

        var snapshot = OperationSnapshotMapper.ToSnapshot(operation);
        await auditLog.SetOutcomeAsync(record.Id, AuditOutcome.Submitted, snapshot.Name, null, null, CancellationToken.None);
        var tracked = await tracker.TrackAsync(
            snapshot,
            new OperationStart(command.Project, record.ActorEmail, command.RequestId, record.Id, session.Identity),
            CancellationToken.None);
        return new MutationResult
        {
            Outcome = MutationOutcome.Submitted,
            AuditRecordId = record.Id,
            RequestId = command.RequestId,
            OperationName = snapshot.Name,
            OperationScope = snapshot.Scope,
            TrackedOperationId = tracked.Id,
        };
    }

    private async Task<MutationResult> FailAsync(AuditRecord record, IReadOnlyList<string> reasons, string message, string whatToDo)
    {
        await auditLog.SetOutcomeAsync(record.Id, AuditOutcome.Failed, null, reasons, message, CancellationToken.None);
        LogFailed(record.ActorEmail, record.Action, record.Project, string.Join(", ", reasons));
        return new MutationResult
        {
            Outcome = MutationOutcome.Failed,
            AuditRecordId = record.Id,
            RequestId = record.RequestId,
            ErrorReasons = reasons,
            ErrorMessage = message,
            WhatToDo = whatToDo,
        };
    }

    private static string Describe(string action) => action switch
    {
        ConsoleActions.SelfServiceClone => "create a self-service clone",
        ConsoleActions.MachineImagesMakePublic or ConsoleActions.ImagesMakePublic => "make an image public",
        _ => action.Replace('.', ' '),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Denied {Actor} the action {Action} in {Project}.")]
    private partial void LogDenied(string actor, string action, string project);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor}'s {Action} in {Project} failed: {Reasons}.")]
    private partial void LogFailed(string actor, string action, string project, string reasons);
}
