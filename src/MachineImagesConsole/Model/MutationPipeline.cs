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
/// and thrown as <see cref="ConsoleForbiddenException"/>; (2) write the audit record before calling Compute, and the whole request on it just before it is sent
/// (<see cref="MutationJournal"/>), so a restart or a lost reply can be settled by <see cref="MutationReconciler"/>;
/// (3) call Compute with the command's request id; (4) record Submitted and hand the returned operation to the
/// <see cref="OperationTracker"/> (which records Succeeded/Failed when it is DONE), or record Completed for a
/// synchronous call, or Failed with Compute's reasons and what to do. An ambiguous failure (5xx, dropped connection, time-out) is settled
/// first: the operation Compute started for the requestId is found or the request sent again, and only a definite answer is recorded.
/// </summary>
public sealed partial class MutationPipeline(
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    AuditLog auditLog,
    ComputeSession session,
    OperationTracker tracker,
    ComputeListCache listCache,
    MutationJournal journal,
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

        // 2. Audit before calling Compute; the request itself is stored on the record just before it is sent.
        record.Outcome = AuditOutcome.Pending;
        record.Identity = session.Identity;
        await auditLog.AddAsync(record, cancellationToken);
        command.Attempts++;
        using var inFlight = journal.BeginInFlight(record.Id);

        // 3. Call Compute with the command's request id; settle an ambiguous failure before calling it one.
        Compute.Models.Operation? operation;
        try
        {
            operation = await CallAsync(command, record, cancellationToken);
        }
        catch (UnsettledException unsettled)
        {
            LogUnsettled(record.ActorEmail, record.Action, record.Project);
            return Unsettled(record, unsettled.InnerException!);
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
            // Sent with a requestId: the reconciler settles it (the change may still happen). Otherwise it is over.
            var stored = await auditLog.FindAsync(record.Id, CancellationToken.None);
            if (journal.ReadRequest(stored)?.RequestId is null)
            {
                await auditLog.SetOutcomeAsync(record.Id, AuditOutcome.Failed, null, ["cancelled"],
                    "Cancelled before Compute answered; the change may still happen.", CancellationToken.None);
            }
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

    /// <summary>
    /// Runs the command with its request captured. When the call fails ambiguously (5xx, dropped connection, time-out)
    /// after it was sent with a requestId, the journal settles it: the operation Compute started is found or the stored
    /// request is sent again. A definite answer is returned (or thrown as Compute's refusal); when Compute still cannot be
    /// reached, <see cref="UnsettledException"/> leaves the record Pending for the reconciler.
    /// </summary>
    private async Task<Compute.Models.Operation?> CallAsync(MutationCommand command, AuditRecord record, CancellationToken cancellationToken)
    {
        Compute.Http.ComputeRequestRecord? sent = null;
        try
        {
            using (journal.CaptureRequest(record.Id, request => sent = request))
            {
                return await command.ExecuteAsync(session.Client, cancellationToken);
            }
        }
        catch (Exception error) when (sent?.RequestId is not null && MutationJournal.IsAmbiguous(error, cancellationToken))
        {
            var settled = await journal.SettleAsync(session.Client, sent, cancellationToken);
            return settled.Kind switch
            {
                SettlementKind.Started => settled.Operation,
                SettlementKind.Completed => null,
                SettlementKind.Refused => throw settled.Refusal!,
                _ => throw new UnsettledException(error),
            };
        }
    }

    private static MutationResult Unsettled(AuditRecord record, Exception error) => new()
    {
        Outcome = MutationOutcome.Failed,
        AuditRecordId = record.Id,
        RequestId = record.RequestId,
        ErrorReasons = [error is ComputeApiException api ? ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : "unreachable"],
        ErrorMessage = "Compute did not confirm the request: " + error.Message,
        WhatToDo = "The console keeps the request and checks with Compute again in the background; the audit log shows the outcome. "
            + "Trying again now is safe: the same request id is sent, so the change happens at most once.",
    };

    private sealed class UnsettledException(Exception inner) : Exception(inner.Message, inner);

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Actor}'s {Action} in {Project} is not settled yet (Compute did not answer); the reconciler will settle it.")]
    private partial void LogUnsettled(string actor, string action, string project);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Denied {Actor} the action {Action} in {Project}.")]
    private partial void LogDenied(string actor, string action, string project);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor}'s {Action} in {Project} failed: {Reasons}.")]
    private partial void LogFailed(string actor, string action, string project, string reasons);
}
