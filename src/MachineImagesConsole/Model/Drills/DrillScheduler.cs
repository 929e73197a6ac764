using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Drills;

/// <summary>Starts restore drills (persisted, then run by the background runner) and reads their history.</summary>
public sealed class DrillScheduler(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    IAuthorizationService authorization,
    IOptions<DrillOptions> options,
    DrillQueue queue,
    TimeProvider time)
{
    /// <summary>Queues a drill for <paramref name="requester"/> (Operator or Admin); the drill runs as the console's service account.</summary>
    public async Task<DrillRun> RequestAsync(DrillRequest request, ClaimsPrincipal requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(requester);
        if (!(await authorization.AuthorizeAsync(requester, null, ConsolePolicies.Operate)).Succeeded)
            throw new ConsoleForbiddenException(ConsoleActions.DrillsRestore, ConsolePolicies.Operate,
                $"You are not allowed to run restore drills (your console role is {ConsoleUser.RoleOf(requester)}).");
        if (string.IsNullOrWhiteSpace(request.MachineImage) == string.IsNullOrWhiteSpace(request.SourceInstance))
            throw new ArgumentException("Give either a machine image or an instance whose latest backup to restore.", nameof(request));
        if (request.MachineImage is { } image && ComputeNames.Validate(image, "Machine image name") is { } problem)
            throw new ArgumentException(problem, nameof(request));
        if (request.SourceInstance is { } instance && LatestBackup.InstancePath(instance) is null)
            throw new ArgumentException("The instance must be given as zones/ZONE/instances/NAME.", nameof(request));

        var o = options.Value;
        var run = new DrillRun
        {
            SourceProject = request.SourceProject,
            SourceMachineImage = request.MachineImage,
            SourceInstance = request.SourceInstance is null ? null : LatestBackup.InstancePath(request.SourceInstance),
            LatestBackupOfInstance = request.SourceInstance is not null,
            TargetProject = o.Project,
            Zone = o.Zone,
            Network = o.Network,
            Subnetwork = o.Subnetwork,
            BootMarker = string.IsNullOrWhiteSpace(request.BootMarker) ? o.BootMarker : request.BootMarker,
            ProbeKind = o.ProbeKind,
            ProbeHost = o.ProbeHost,
            ProbePort = o.ProbePort,
            ProbePath = o.ProbePath,
            KeepVm = request.KeepVm,
            RtoTargetSeconds = o.RtoTarget.TotalSeconds,
            RequestedBy = ConsoleUser.EmailOf(requester),
            RequestedRole = ConsoleUser.RoleOf(requester),
            Status = DrillRunStatus.Queued,
            Phase = DrillPhase.Queued,
            RequestedAt = time.GetUtcNow(),
        };
        // The VM name needs the id: both saves in one transaction, so the drill service (at start, or on another
        // instance) never picks up a drill without its VM name. Through the provider's execution strategy (PostgreSQL's
        // retries on transient failures): each attempt starts again with a context of its own.
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var attempt = await contextFactory.CreateDbContextAsync(ct);
                await using var transaction = await attempt.Database.BeginTransactionAsync(ct);
                run.Id = 0;
                run.VmName = string.Empty;
                attempt.DrillRuns.Add(run);
                await attempt.SaveChangesAsync(ct);
                run.VmName = DrillNames.VmName(run.Id, run.SourceMachineImage ?? RestoreName(run.SourceInstance));
                await attempt.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
        queue.Enqueue(run.Id);
        return run;
    }

    public async Task<DrillRun?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.DrillRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>Drills of a project's machine image, or of an instance (<c>zones/Z/instances/NAME</c>), or all of a project; newest first.</summary>
    public async Task<IReadOnlyList<DrillRun>> HistoryAsync(string project, string? machineImage, string? instance, int take, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.DrillRuns.AsNoTracking().Where(r => r.SourceProject == project);
        if (!string.IsNullOrEmpty(machineImage)) query = query.Where(r => r.SourceMachineImage == machineImage);
        if (!string.IsNullOrEmpty(instance)) query = query.Where(r => r.SourceInstance == instance);
        return await query.OrderByDescending(r => r.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
    }

    private static string? RestoreName(string? instancePath) => instancePath is null ? null : Restore.RestorePlanner.ShortName(instancePath);
}
