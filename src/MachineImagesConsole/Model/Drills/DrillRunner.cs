using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Restore;
using MachineImagesConsole.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Drills;

/// <summary>
/// Runs one restore drill from the phase it is in (so a drill interrupted by a restart resumes): restore the machine image
/// into the drill network with no external IP → wait for the operation and RUNNING → verify the boot marker on the serial
/// console (and the optional probe) → clean up. Every phase is persisted with its time. A failure at any phase fails the
/// drill with its reason and still cleans up. Compute is called with the console's service account, through the
/// <see cref="MutationPipeline"/>, audited as the person who asked for the drill.
/// </summary>
public sealed partial class DrillRunner(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    ServiceAccountPipelines pipelines,
    OperationTracker tracker,
    DrillQueue queue,
    IHttpClientFactory httpClients,
    IOptions<DrillOptions> options,
    TimeProvider time,
    ILogger<DrillRunner> logger)
{
    public const string ProbeHttpClientName = "drill-probe";

    public async Task RunAsync(long drillId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.DrillRuns.FirstOrDefaultAsync(r => r.Id == drillId, cancellationToken);
        if (run is null || run.Phase == DrillPhase.Done) return;
        var (pipeline, session) = pipelines.For(ConsolePrincipal.For(run.RequestedBy, run.RequestedRole));
        var client = session.Client;
        var o = options.Value;

        async Task SaveAsync()
        {
            await db.SaveChangesAsync(CancellationToken.None);
            queue.NotifyChanged(run.Id);
        }

        try
        {
            if (run.Phase == DrillPhase.Queued)
            {
                run.Status = DrillRunStatus.Running;
                run.StartedAt = time.GetUtcNow();
                run.Phase = DrillPhase.Restoring;
                await SaveAsync();
            }

            if (run.Phase == DrillPhase.Restoring)
            {
                await RestoreAsync(run, pipeline, client, cancellationToken);
                await SaveAsync();
            }

            if (run.Phase == DrillPhase.WaitingForRunning)
            {
                if (run.InsertOperationName is { } op
                    && await WaitDoneAsync(run.TargetProject, op, cancellationToken) is { } failure)
                {
                    throw new DrillFailedException($"The restore failed: {string.Join(", ", failure.Reasons)} — {failure.Message}");
                }
                var (running, status) = await InstanceWaits.WaitRunningAsync(client, run.TargetProject, run.Zone, run.VmName, o.OperationTimeout, o.PollInterval, time, cancellationToken);
                if (!running) throw new DrillFailedException($"The drill VM did not reach RUNNING (status {status}).");
                run.RunningAt = time.GetUtcNow();
                run.Phase = DrillPhase.Verifying;
                await SaveAsync();
            }

            if (run.Phase == DrillPhase.Verifying)
            {
                await VerifyAsync(run, client, cancellationToken);
                run.VerifiedAt = time.GetUtcNow();
                run.RtoSeconds = (run.VerifiedAt.Value - (run.StartedAt ?? run.RequestedAt)).TotalSeconds;
                run.Status = DrillRunStatus.Passed;
                run.Phase = DrillPhase.CleaningUp;
                await SaveAsync();
            }
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // Compute's refusals, unreachable endpoints and time-outs fail the drill with their own words; anything else
            // (a bug, the database) fails it too rather than leaving it in its phase until the next start, and is logged whole.
            var expected = error is DrillFailedException or ComputeApiException or HttpRequestException or ConsoleForbiddenException
                or Compute.Credentials.AccessTokenException or OperationCanceledException;
            if (!expected) LogDrillCrashed(error, run.Id, run.Phase.ToString());
            run.Status = DrillRunStatus.Failed;
            run.FailureReason = Truncate(expected ? error.Message : $"The drill stopped unexpectedly while {run.Phase}: {error.Message}", 2000);
            run.Phase = DrillPhase.CleaningUp;
            await SaveAsync();
            LogDrillFailed(run.Id, run.FailureReason);
        }

        if (run.Phase == DrillPhase.CleaningUp)
        {
            run.CleanupResult = Truncate(await CleanUpAsync(run, pipeline, client, cancellationToken), 1000);
            run.FinishedAt = time.GetUtcNow();
            run.Phase = DrillPhase.Done;
            await SaveAsync();
            LogDrillFinished(run.Id, run.Status.ToString(), run.RtoSeconds ?? -1);
        }
    }

    private async Task RestoreAsync(DrillRun run, MutationPipeline pipeline, ComputeClient client, CancellationToken cancellationToken)
    {
        // Resumed after a restart: the VM may already have been requested.
        if (await ExistsAsync(client, run, cancellationToken))
        {
            run.AcceptedAt ??= time.GetUtcNow();
            run.Phase = DrillPhase.WaitingForRunning;
            return;
        }

        if (run.LatestBackupOfInstance)
        {
            var latest = await LatestBackup.FindAsync(client, run.SourceProject, run.SourceInstance!, cancellationToken)
                ?? throw new DrillFailedException($"Instance {run.SourceInstance} of {run.SourceProject} has no READY machine image to restore.");
            run.SourceMachineImage = latest.Name;
        }
        var image = await client.MachineImages.GetAsync(run.SourceProject, run.SourceMachineImage!, cancellationToken);
        if (image.Status != "READY") throw new DrillFailedException($"Machine image {image.Name} is {image.Status}, not READY.");
        run.SourceInstance ??= LatestBackup.InstancePath(image.SourceInstance);

        var request = RestorePlanner.FromMachineImage(run.SourceProject, image);
        request.TargetProject = run.TargetProject;
        request.Zone = run.Zone;
        request.Name = run.VmName;
        request.Network = run.Network;
        request.Subnetwork = run.Subnetwork;
        request.SubnetworkRegion = null;
        request.ExternalIp = false;
        request.DeletionProtection = false;
        request.Labels["restore-drill"] = run.Id.ToString(CultureInfo.InvariantCulture);
        // Always place the interface in the drill network without an external IP, whatever the image stored.
        var body = RestorePlanner.BuildBody(image, request);
        body.NetworkInterfaces = [RestorePlanner.BuildInterface(request)];
        var command = RestoreCommands.Insert(ConsoleActions.DrillsRestore, request, body, new { drill = run.Id });
        var result = await pipeline.ExecuteAsync(command, cancellationToken);
        if (!result.Succeeded)
            throw new DrillFailedException($"Compute refused the restore: {string.Join(", ", result.ErrorReasons)} — {result.ErrorMessage}");
        run.AcceptedAt = time.GetUtcNow();
        run.InsertOperationName = result.OperationName;
        run.Phase = DrillPhase.WaitingForRunning;
    }

    private async Task VerifyAsync(DrillRun run, ComputeClient client, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var started = time.GetTimestamp();
        while (true)
        {
            var output = await client.Instances.GetSerialPortOutputAsync(run.TargetProject, run.Zone, run.VmName, 1, null, cancellationToken);
            if (output.Contents?.Contains(run.BootMarker, StringComparison.Ordinal) == true) break;
            if (time.GetElapsedTime(started) >= o.VerifyTimeout)
                throw new DrillFailedException($"The serial console did not show the boot marker '{run.BootMarker}' within {o.VerifyTimeout}.");
            await Task.Delay(o.PollInterval, time, cancellationToken);
        }

        if (run.ProbeKind == DrillProbeKind.None || run.ProbePort is not { } port) return;
        var host = run.ProbeHost;
        if (string.IsNullOrEmpty(host))
        {
            var vm = await client.Instances.GetAsync(run.TargetProject, run.Zone, run.VmName, cancellationToken);
            host = vm.NetworkInterfaces?.FirstOrDefault()?.NetworkIP
                ?? throw new DrillFailedException("The drill VM has no internal IP to probe.");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(o.VerifyTimeout);
        try
        {
            if (run.ProbeKind == DrillProbeKind.Tcp)
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(host, port, timeout.Token);
            }
            else
            {
                var url = new UriBuilder(Uri.UriSchemeHttp, host, port, run.ProbePath ?? "/").Uri;
                using var response = await httpClients.CreateClient(ProbeHttpClientName).GetAsync(url, timeout.Token);
                if (!response.IsSuccessStatusCode)
                    throw new DrillFailedException($"The HTTP probe {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
        }
        catch (Exception error) when (error is SocketException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new DrillFailedException($"The {run.ProbeKind} probe of {host}:{port} failed: {error.Message}");
        }
    }

    /// <summary>Follows the tracked operation to DONE (<see cref="OperationTracker.WhenDoneAsync"/>): null when it succeeded, else why not.</summary>
    private async Task<(IReadOnlyList<string> Reasons, string Message)?> WaitDoneAsync(string project, string operationName, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.OperationTimeout);
        try
        {
            var done = await tracker.WhenDoneAsync(project, operationName, timeout.Token);
            return done.Failed ? (done.ErrorReasons, done.ErrorMessage ?? "The operation failed.") : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (["timeout"], $"The console stopped waiting for {operationName} after {options.Value.OperationTimeout}.");
        }
        catch (OperationUnfollowedException error)
        {
            return (error.Progress.ErrorReasons, error.Message);
        }
    }

    private async Task<string> CleanUpAsync(DrillRun run, MutationPipeline pipeline, ComputeClient client, CancellationToken cancellationToken)
    {
        try
        {
            if (!await ExistsAsync(client, run, cancellationToken)) return "NotCreated: no drill VM exists.";
            if (run.KeepVm && run.Status == DrillRunStatus.Passed) return "Kept: the drill VM was kept as asked.";
            var result = await pipeline.ExecuteAsync(
                RestoreCommands.DeleteInstance(ConsoleActions.DrillsCleanUp, run.TargetProject, run.Zone, run.VmName, new { drill = run.Id }), cancellationToken);
            if (!result.Succeeded) return $"DeleteFailed: {string.Join(", ", result.ErrorReasons)} — {result.ErrorMessage}";
            if (result.OperationName is { } op
                && await WaitDoneAsync(run.TargetProject, op, cancellationToken) is { } failure)
            {
                return $"DeleteFailed: {string.Join(", ", failure.Reasons)} — {failure.Message}";
            }
            return "Deleted";
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            if (error is not (ComputeApiException or HttpRequestException or ConsoleForbiddenException or Compute.Credentials.AccessTokenException or OperationCanceledException))
                LogCleanUpCrashed(error, run.Id);
            return "DeleteFailed: " + error.Message;
        }
    }

    private static async Task<bool> ExistsAsync(ComputeClient client, DrillRun run, CancellationToken cancellationToken)
    {
        try
        {
            await client.Instances.GetAsync(run.TargetProject, run.Zone, run.VmName, cancellationToken);
            return true;
        }
        catch (ComputeApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    [LoggerMessage(Level = LogLevel.Error, Message = "Restore drill {DrillId} stopped unexpectedly in phase {Phase}; it is recorded Failed and cleaned up.")]
    private partial void LogDrillCrashed(Exception error, long drillId, string phase);

    [LoggerMessage(Level = LogLevel.Error, Message = "Restore drill {DrillId}'s clean-up stopped unexpectedly; the drill VM may be left behind.")]
    private partial void LogCleanUpCrashed(Exception error, long drillId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Restore drill {DrillId} failed: {Reason}")]
    private partial void LogDrillFailed(long drillId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restore drill {DrillId} finished {Status} (RTO {RtoSeconds} s).")]
    private partial void LogDrillFinished(long drillId, string status, double rtoSeconds);
}
