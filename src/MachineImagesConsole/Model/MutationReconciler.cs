using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
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
/// was stored is settled by <see cref="MutationJournal.SettleAsync"/> with the console's service account: the operation is
/// found by its requestId or the request is sent again with it, then tracked to DONE (the tracker records Succeeded or Failed).
/// An intent whose request was never stored was never sent, and is recorded Failed with nothing changed.
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
        var request = ComputeRequestRecord.FromJson(record.RequestJson);
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

        var tokens = services.GetKeyedService<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount);
        if (tokens is null)
        {
            LogNoCredentials(record.Id);
            return false;
        }
        var client = clients.Create(tokens);
        var settlement = await journal.SettleAsync(client, request, cancellationToken);
        switch (settlement.Kind)
        {
            case SettlementKind.Started:
                var snapshot = OperationSnapshotMapper.ToSnapshot(settlement.Operation!);
                await audit.SetOutcomeAsync(record.Id, AuditOutcome.Submitted, snapshot.Name, null, null, cancellationToken);
                listCache.Invalidate(record.Project);
                await tracker.TrackAsync(snapshot,
                    new OperationStart(record.Project, record.ActorEmail, record.RequestId, record.Id, ComputeIdentity.ServiceAccount),
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Settled pending audit record {Id} ({Action}): {How}.")]
    private partial void LogSettled(long id, string action, string how);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot settle pending audit record {Id}: no service-account credentials are registered.")]
    private partial void LogNoCredentials(long id);

    [LoggerMessage(Level = LogLevel.Error, Message = "A reconciliation pass failed; the next pass tries again.")]
    private partial void LogPassFailed(Exception error);
}
