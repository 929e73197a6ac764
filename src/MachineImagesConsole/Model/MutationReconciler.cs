using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model;

/// <summary>
/// Settles every intent still Pending that no call in this process is working on — at start-up (so no audit record stays
/// Pending across a restart) and then every <see cref="MutationReconcilerOptions.ReconcileInterval"/>. An intent whose request
/// was stored is settled by <see cref="MutationJournal.SettleAsync"/> under the identity it was made with
/// (<see cref="AuditRecord.Identity"/>): the console's service account, or the person's own sign-in session (their latest).
/// The operation is found by its requestId or the request is sent again with it, then tracked to DONE (the tracker records
/// Succeeded or Failed). A person's request is never sent again as the console: when their session is gone, the service
/// account only looks for the operation Compute started; if there is none, the record is Failed with
/// <see cref="IdentityUnavailable"/> and why. An intent whose request was never stored was never sent, and is recorded
/// Failed with nothing changed.
/// </summary>
public sealed partial class MutationReconciler(
    MutationJournal journal,
    OperationTracker tracker,
    ComputeListCache listCache,
    IComputeClientFactory clients,
    IServiceProvider services,
    DatabaseReadiness readiness,
    TimeProvider time,
    IOptions<MutationReconcilerOptions> options,
    ILogger<MutationReconciler> logger) : BackgroundService
{
    public const string Interrupted = "interrupted";

    /// <summary>Reason of a person's request that could not be sent again as them (no usable sign-in session).</summary>
    public const string IdentityUnavailable = "identityUnavailable";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ReconcileAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPassFailed(ex);
                }
                await Task.Delay(options.Value.ReconcileInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass over the Pending intents; returns how many were settled.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        foreach (var record in await journal.AuditLog.ListPendingAsync(cancellationToken))
        {
            if (journal.IsInFlight(record.Id)) continue;
            if (await ReconcileOneAsync(record, cancellationToken)) settled++;
        }
        return settled;
    }

    private async Task<bool> ReconcileOneAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var audit = journal.AuditLog;
        var request = journal.ReadRequest(record);
        if (request is null)
        {
            await audit.SetOutcomeAsync(record.Id, AuditOutcome.Failed, null, [Interrupted],
                "The console stopped before this was sent to Compute: nothing was changed. Try again.", cancellationToken);
            LogSettled(record.Id, record.Action, "never sent");
            return true;
        }
        if (request.RequestId is null)
        {
            await audit.SetOutcomeAsync(record.Id, AuditOutcome.Failed, null, [Interrupted],
                "The console stopped before Compute answered, and this call has no request id, so it is not sent again: "
                + "check the resource, then try again if the change is missing.", cancellationToken);
            LogSettled(record.Id, record.Action, "not resendable");
            return true;
        }

        var (tokens, why) = await TokensForAsync(record, cancellationToken);
        Settlement settlement;
        if (tokens is not null)
        {
            settlement = await journal.SettleAsync(clients.Create(tokens), request, cancellationToken);
        }
        else if (why is null)
        {
            LogNoCredentials(record.Id);
            return false;
        }
        else
        {
            // Never send a person's change again as the console: only look for the operation Compute already started.
            var (found, uncheckable) = await FindStartedAsync(request, cancellationToken); // Unknown: looked at again next pass
            if (found is null)
            {
                await audit.SetOutcomeAsync(record.Id, AuditOutcome.Failed, null, [IdentityUnavailable],
                    $"Not sent again: the console resends a person's change only as that person, and {why}. " + (uncheckable is null
                        ? "Compute has not started an operation for its request id, so nothing was changed: try again."
                        : $"The console could not check whether Compute started it ({uncheckable}): check the resource, then try again if the change is missing."),
                    cancellationToken);
                LogSettled(record.Id, record.Action, "not resent: " + why);
                return true;
            }
            settlement = found;
        }

        switch (settlement.Kind)
        {
            case SettlementKind.Started:
                var snapshot = OperationSnapshotMapper.ToSnapshot(settlement.Operation!);
                await audit.SetOutcomeAsync(record.Id, AuditOutcome.Submitted, snapshot.Name, null, null, cancellationToken);
                listCache.Invalidate(record.Project);
                await tracker.TrackAsync(snapshot,
                    new OperationStart(record.Project, record.ActorEmail, record.RequestId, record.Id, record.Identity),
                    cancellationToken);
                LogSettled(record.Id, record.Action, "operation " + snapshot.Name);
                return true;
            case SettlementKind.Completed:
                await audit.SetOutcomeAsync(record.Id, AuditOutcome.Succeeded, null, null, null, cancellationToken);
                listCache.Invalidate(record.Project);
                LogSettled(record.Id, record.Action, "completed");
                return true;
            case SettlementKind.Refused:
                var error = settlement.Refusal!;
                await audit.SetOutcomeAsync(record.Id, AuditOutcome.Failed, null,
                    error.Reasons.Count > 0 ? error.Reasons : [((int)error.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                    error.Message, cancellationToken);
                LogSettled(record.Id, record.Action, "refused");
                return true;
            default:
                if (time.GetUtcNow() - record.Time < options.Value.MaxUnsettledAge) return false;
                await audit.SetOutcomeAsync(record.Id, AuditOutcome.Failed, null, ["unknown"],
                    "Compute could not be reached to confirm this change for too long: check the resource, then try again if it is missing. "
                    + settlement.LastError?.Message, cancellationToken);
                LogSettled(record.Id, record.Action, "given up");
                return true;
        }
    }

    /// <summary>
    /// The credentials to settle <paramref name="record"/> with: the service account for a service-account intent; for a
    /// person's, their latest sign-in session's token, or null with why there is none.
    /// </summary>
    private async Task<(IAccessTokenProvider? Tokens, string? Why)> TokensForAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        if (record.Identity == ComputeIdentity.ServiceAccount)
            return (services.GetKeyedService<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount), null);
        var sessions = services.GetService<UserSessionStore>();
        var userTokens = services.GetService<UserSessionAccessTokens>();
        if (sessions is null || userTokens is null) return (null, "this console keeps no sign-in sessions");
        if (await sessions.FindLatestSessionIdAsync(record.ActorEmail, cancellationToken) is not { } sessionId)
            return (null, $"{record.ActorEmail} has no sign-in session on the console any more");
        try
        {
            await userTokens.GetAccessTokenAsync(sessionId, cancellationToken);
        }
        catch (ReauthenticationRequiredException)
        {
            return (null, $"{record.ActorEmail}'s sign-in has expired");
        }
        return (new DelegateAccessTokenProvider(ct => userTokens.GetAccessTokenAsync(sessionId, ct)), null);
    }

    /// <summary>
    /// The operation Compute started for the request's id, looked up (a read) with the service account: Started; null when
    /// there is none (or, with why, when the console cannot look); Unknown when Compute could not be reached.
    /// </summary>
    private async Task<(Settlement? Found, string? Uncheckable)> FindStartedAsync(ComputeRequestRecord request, CancellationToken cancellationToken)
    {
        if (services.GetKeyedService<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount) is not { } serviceAccount)
            return (null, "it has no service account to read operations with");
        if (request.Project is not { } project || request.RequestId is not { } requestId) return (null, "the request names no project or request id");
        try
        {
            var found = await MutationJournal.FindByRequestIdAsync(clients.Create(serviceAccount), project, request.OperationScope, requestId, cancellationToken);
            return (found is null ? null : Settlement.StartedBy(found), null);
        }
        catch (Exception error) when (MutationJournal.IsAmbiguous(error, cancellationToken))
        {
            return (Settlement.UnknownAfter(error), null);
        }
        catch (Exception error) when (error is ComputeApiException or Compute.Credentials.AccessTokenException)
        {
            return (null, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settled pending audit record {Id} ({Action}): {How}.")]
    private partial void LogSettled(long id, string action, string how);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot settle pending audit record {Id}: no service-account credentials are registered.")]
    private partial void LogNoCredentials(long id);

    [LoggerMessage(Level = LogLevel.Error, Message = "A reconciliation pass failed; the next pass tries again.")]
    private partial void LogPassFailed(Exception error);
}
