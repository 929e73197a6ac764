using MachineImagesConsole.Authentication;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Restore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.HelpDesk;

/// <summary>
/// Deletes self-service clones whose expiry has passed (background job). Each deletion goes through the
/// <see cref="Model.MutationPipeline"/> as the console's clone-expiry actor with the service account, and is audited.
/// </summary>
public sealed partial class CloneExpiryService(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    DatabaseReadiness readiness,
    ServiceAccountPipelines pipelines,
    IOptions<HelpDeskOptions> options,
    TimeProvider time,
    ILogger<CloneExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.ExpiryScanInterval, time);
        do
        {
            try
            {
                await ExpireDueAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogScanFailed(error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes every active clone whose expiry has passed; returns how many were deleted.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.CloneRecords.Where(c => c.Status == CloneStatus.Active && c.ExpiresAt <= now).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        var (pipeline, _) = pipelines.For(ConsolePrincipal.For(ConsolePrincipal.CloneExpiryActor, ConsoleRoles.HelpDesk));
        var deleted = 0;
        foreach (var clone in due)
        {
            var result = await pipeline.ExecuteAsync(
                RestoreCommands.DeleteInstance(ConsoleActions.SelfServiceExpire, clone.Project, clone.Zone, clone.Name,
                    new { clone = clone.Id, requestedBy = clone.RequestedBy, expiresAt = clone.ExpiresAt }),
                cancellationToken);
            if (result.Succeeded || result.ErrorReasons.Contains("notFound"))
            {
                clone.Status = CloneStatus.Expired;
                clone.DeletedAt = time.GetUtcNow();
                deleted++;
            }
            else
            {
                clone.Error = $"{string.Join(", ", result.ErrorReasons)}: {result.ErrorMessage}";
                LogDeleteFailed(clone.Id, clone.Error);
            }
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for expired self-service clones failed.")]
    private partial void LogScanFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired self-service clone {CloneId} failed: {Error}")]
    private partial void LogDeleteFailed(long cloneId, string error);
}
