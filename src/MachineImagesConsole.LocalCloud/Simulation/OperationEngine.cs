using System.Globalization;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Endpoints;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Simulation;

/// <summary>
/// Creates operations and moves them PENDING → RUNNING → DONE, applying their effects on the resources. Instant mode
/// finishes inside the creating request; Stepped mode moves one stage per <see cref="StepAsync"/>; Timed mode follows
/// the clock (<see cref="TickAsync"/>). State lives only in the store, so in-flight operations resume after a restart.
/// </summary>
public sealed class OperationEngine(
    IOptions<LocalCloudOptions> options,
    TimeProvider time,
    IDbContextFactory<LocalCloudDbContext> contexts,
    StoreWriteLock writeLock,
    OperationSignal signal,
    OperationEffects effects)
{
    public const int Pending = 0;
    public const int Running = 1;
    public const int Finished = 2;

    private SimulationOptions Simulation => options.Value.Simulation;

    /// <summary>Adds a new operation for <paramref name="plan"/>. The caller holds the write lock and saves.</summary>
    public async Task<OperationRecord> CreateAsync(LocalCloudDbContext db, OperationPlan plan, string userEmail, string? requestId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = IdGenerator.Next();
        var name = $"operation-{now.ToUnixTimeMilliseconds()}-{Guid.NewGuid():N}"[..45];
        var path = $"projects/{plan.Project}/{plan.Scope}/operations/{name}";
        var json = new JsonObject
        {
            ["kind"] = "compute#operation",
            ["id"] = ComputeJson.Int64(id),
            ["name"] = name,
            ["operationType"] = plan.OperationType,
            ["targetLink"] = StoredLinks.Compute(plan.TargetPath),
            ["targetId"] = ComputeJson.Int64(plan.TargetId),
            ["status"] = "PENDING",
            ["user"] = userEmail,
            ["progress"] = 0,
            ["insertTime"] = Timestamps.Format(now),
            ["selfLink"] = StoredLinks.Compute(path),
        };
        if (plan.Scope.StartsWith("zones/", StringComparison.Ordinal)) json["zone"] = StoredLinks.Compute($"projects/{plan.Project}/{plan.Scope}");
        if (plan.Scope.StartsWith("regions/", StringComparison.Ordinal)) json["region"] = StoredLinks.Compute($"projects/{plan.Project}/{plan.Scope}");
        if (requestId is not null) json["clientOperationId"] = requestId;
        if (plan.Warnings is { Count: > 0 }) json["warnings"] = plan.Warnings;

        var finishNow = Simulation.Mode == SimulationMode.Instant
            || (plan.Completed && (Simulation.Mode != SimulationMode.Timed || Simulation.MetadataOperationSeconds <= 0));
        var seconds = plan.Completed ? Simulation.MetadataOperationSeconds : Math.Max(Simulation.MinimumOperationSeconds, plan.Gigabytes / 100.0 * Simulation.SecondsPerHundredGb);
        var record = new OperationRecord
        {
            Key = ResourceRecord.MakeKey(plan.Project, plan.Scope, "operations", name),
            Project = plan.Project,
            Scope = plan.Scope,
            Name = name,
            Id = id,
            CreatedTicks = now.UtcTicks,
            Kind = plan.Kind,
            TargetKey = plan.TargetKey,
            Uses = OperationPlan.UsesColumn(plan.Uses),
            QuotaRegion = plan.QuotaRegion,
            DurationMs = (long)(seconds * 1000),
            Json = json.ToJsonString(),
            PlanJson = plan.Data.ToJsonString(),
        };
        db.Operations.Add(record);
        if (requestId is not null)
            db.RequestIds.Add(new RequestIdRecord { Project = plan.Project, RequestId = requestId, OperationKey = record.Key, CreatedTicks = now.UtcTicks });

        if (finishNow)
        {
            await MoveToAsync(db, record, Finished, cancellationToken);
        }
        return record;
    }

    /// <summary>Stepped mode: moves every unfinished operation one stage. Returns how many moved.</summary>
    public async Task<int> StepAsync(int steps, CancellationToken cancellationToken)
    {
        var moved = 0;
        for (var i = 0; i < steps; i++)
        {
            moved += await AdvanceAsync(op => Math.Min(Finished, op.Stage + 1), cancellationToken);
        }
        return moved;
    }

    /// <summary>Timed mode: moves operations to the stage their age says, and updates progress.</summary>
    public Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        return AdvanceAsync(op =>
        {
            var elapsedMs = (now - op.CreatedTicks) / TimeSpan.TicksPerMillisecond;
            var pendingMs = Math.Min(500, op.DurationMs / 10);
            return elapsedMs >= op.DurationMs ? Finished : elapsedMs >= pendingMs ? Running : Pending;
        }, cancellationToken, updateProgress: true);
    }

    private async Task<int> AdvanceAsync(Func<OperationRecord, int> target, CancellationToken cancellationToken, bool updateProgress = false)
    {
        using var _ = await writeLock.AcquireAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Operations.Where(o => !o.Done).OrderBy(o => o.CreatedTicks).ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var op in open)
        {
            var stage = target(op);
            if (stage > op.Stage)
            {
                await MoveToAsync(db, op, stage, cancellationToken);
                moved++;
            }
            else if (updateProgress && op.Stage == Running)
            {
                var json = (JsonObject)JsonNode.Parse(op.Json)!;
                var elapsed = (time.GetUtcNow().UtcTicks - op.CreatedTicks) / (double)TimeSpan.TicksPerMillisecond;
                var progress = Math.Clamp((int)(100 * elapsed / Math.Max(1, op.DurationMs)), 1, 99);
                if (progress > ((int?)json["progress"] ?? 0))
                {
                    json["progress"] = progress;
                    op.Json = json.ToJsonString();
                    moved++;
                }
            }
        }
        if (moved > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            signal.Pulse();
        }
        return moved;
    }

    private async Task MoveToAsync(LocalCloudDbContext db, OperationRecord op, int stage, CancellationToken cancellationToken)
    {
        var json = (JsonObject)JsonNode.Parse(op.Json)!;
        var plan = (JsonObject)JsonNode.Parse(op.PlanJson)!;
        var now = Timestamps.Format(time.GetUtcNow());
        if (op.Stage < Running && stage >= Running)
        {
            json["status"] = "RUNNING";
            json["startTime"] = now;
            json["progress"] = Math.Max((int?)json["progress"] ?? 0, 1);
            await effects.OnRunningAsync(db, op, plan, cancellationToken);
            op.Stage = Running;
        }
        if (stage >= Finished)
        {
            var error = await effects.OnDoneAsync(db, op, plan, cancellationToken);
            json["status"] = "DONE";
            json["endTime"] = now;
            json["progress"] = 100;
            if (error is not null)
            {
                json["error"] = new JsonObject
                {
                    ["errors"] = new JsonArray(new JsonObject { ["code"] = error.Code, ["message"] = error.Message }),
                };
                json["httpErrorStatusCode"] = error.HttpStatus;
                json["httpErrorMessage"] = error.HttpMessage;
            }
            op.Stage = Finished;
            op.Done = true;
        }
        op.Json = json.ToJsonString();
    }

    internal static string DescribeDuration(OperationRecord op) => (op.DurationMs / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
