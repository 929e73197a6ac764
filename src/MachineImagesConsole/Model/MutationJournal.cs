using System.Collections.Concurrent;
using System.Net;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Model;

/// <summary>
/// The durable side of the mutation pipeline (singleton): which audit records have a Compute call in flight in this
/// process, and how an unsettled call is settled — find the operation Compute started for the stored <c>requestId</c>
/// (its <c>clientOperationId</c>), or send the stored request again with the same <c>requestId</c> (Compute then returns the
/// original operation, or makes the change once). Used by <see cref="MutationPipeline"/> when a call fails ambiguously and
/// by <see cref="MutationReconciler"/> for intents left Pending (for instance by a restart). The stored request's secrets are
/// protected (<see cref="StoredRequestProtection"/>); <see cref="ReadRequest"/> gives it back whole.
/// </summary>
public sealed class MutationJournal(AuditLog auditLog, StoredRequestProtection requests)
{
    /// <summary>How many times an ambiguous failure is followed by another look-up and send before giving up for now.</summary>
    public const int SettleAttempts = 3;

    private readonly ConcurrentDictionary<long, byte> _inFlight = new();

    public AuditLog AuditLog => auditLog;

    /// <summary>Marks a record as having its call in flight in this process (the reconciler leaves it alone) until disposed.</summary>
    public IDisposable BeginInFlight(long auditRecordId)
    {
        _inFlight[auditRecordId] = 0;
        return new Release(() => _inFlight.TryRemove(auditRecordId, out _));
    }

    public bool IsInFlight(long auditRecordId) => _inFlight.ContainsKey(auditRecordId);

    /// <summary>The request stored on <paramref name="record"/>, secrets unprotected; null when none was stored.</summary>
    public ComputeRequestRecord? ReadRequest(AuditRecord? record) => requests.FromStoredJson(record?.RequestJson);

    /// <summary>
    /// Captures the first mutating request of the calls made until disposal and stores it on the record before it is sent.
    /// <paramref name="captured"/> receives it.
    /// </summary>
    public IDisposable CaptureRequest(long auditRecordId, Action<ComputeRequestRecord> captured)
    {
        ArgumentNullException.ThrowIfNull(captured);
        var stored = 0;
        return ComputeRequestCapture.Begin(async (request, _) =>
        {
            if (Interlocked.Exchange(ref stored, 1) == 1) return;
            captured(request);
            // Not the caller's token: once the request is stored it may be sent, and the record must say so.
            await auditLog.SetRequestAsync(auditRecordId, requests.ToStoredJson(request), CancellationToken.None);
        });
    }

    /// <summary>
    /// True when a failure says nothing about whether Compute made the change: a 5xx or 408, a dropped connection, a time-out.
    /// Refusals (4xx) are definite.
    /// </summary>
    public static bool IsAmbiguous(Exception error, CancellationToken callerToken) => error switch
    {
        ComputeApiException api => (int)api.StatusCode >= 500 || api.StatusCode == HttpStatusCode.RequestTimeout,
        HttpRequestException => true,
        TimeoutException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>
    /// Settles a stored request: the operation Compute started for its <c>requestId</c>, found by look-up or by sending the
    /// request again. Returns <see cref="Settlement.Started"/> with the operation, <see cref="Settlement.Completed"/> for a
    /// synchronous method that answered, <see cref="Settlement.Refused"/> with Compute's error, or
    /// <see cref="Settlement.Unknown"/> when Compute still cannot be reached (try later).
    /// </summary>
    public async Task<Settlement> SettleAsync(ComputeClient client, ComputeRequestRecord request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestId is not { } requestId || request.Project is not { } project)
            return Settlement.NotResendable;

        Exception? last = null;
        for (var attempt = 0; attempt < SettleAttempts; attempt++)
        {
            try
            {
                if (await FindByRequestIdAsync(client, project, request.OperationScope, requestId, cancellationToken) is { } found)
                    return Settlement.StartedBy(found);
                var operation = await client.ResendAsync(request, cancellationToken);
                return operation is null ? Settlement.Completed : Settlement.StartedBy(operation);
            }
            catch (ComputeApiException error) when (!IsAmbiguous(error, cancellationToken))
            {
                return Settlement.RefusedBy(error);
            }
            catch (Exception error) when (IsAmbiguous(error, cancellationToken))
            {
                last = error;
            }
        }

        // The last send may have been committed with its reply lost once more: one more look.
        try
        {
            if (await FindByRequestIdAsync(client, project, request.OperationScope, requestId, cancellationToken) is { } found)
                return Settlement.StartedBy(found);
        }
        catch (Exception error) when (IsAmbiguous(error, cancellationToken))
        {
            last = error;
        }
        return Settlement.UnknownAfter(last);
    }

    /// <summary>The operation in <paramref name="scope"/> whose <c>clientOperationId</c> is <paramref name="requestId"/>, or null.</summary>
    public static async Task<Operation?> FindByRequestIdAsync(ComputeClient client, string project, string scope, Guid requestId, CancellationToken cancellationToken)
    {
        var options = new ListOptions { Filter = $"clientOperationId = \"{requestId:D}\"" };
        var zone = scope.StartsWith("zones/", StringComparison.Ordinal) ? scope["zones/".Length..] : null;
        var region = scope.StartsWith("regions/", StringComparison.Ordinal) ? scope["regions/".Length..] : null;
        var operations = zone is not null ? client.ZoneOperations.ListAsync(project, zone, options, cancellationToken)
            : region is not null ? client.RegionOperations.ListAsync(project, region, options, cancellationToken)
            : client.GlobalOperations.ListAsync(project, options, cancellationToken);
        await foreach (var operation in operations)
        {
            // Filter support varies: check the field ourselves too.
            if (string.Equals(operation.ClientOperationId, requestId.ToString("D"), StringComparison.OrdinalIgnoreCase)) return operation;
        }
        return null;
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) release();
        }
    }
}
