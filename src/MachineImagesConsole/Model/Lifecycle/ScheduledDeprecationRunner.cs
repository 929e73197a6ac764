using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// Carries out the deprecation state changes whose date has arrived (Compute only records the dates). Each runs through
/// the <see cref="MutationPipeline"/> as the person who scheduled it (so it is authorized against their console role and
/// audited), and the row records when it ran and how.
/// </summary>
public sealed partial class ScheduledDeprecationRunner(
    IDbContextFactory<ConsoleDbContext> contextFactory,
    IBackgroundPipelineFactory pipelines,
    TimeProvider time,
    ILogger<ScheduledDeprecationRunner> logger)
{
    /// <summary>Runs every due, pending item once; returns how many were attempted.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<ScheduledDeprecation> due;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var pending = await db.ScheduledDeprecations.AsNoTracking()
                .Where(s => s.CompletedAt == null && !s.Cancelled)
                .ToListAsync(cancellationToken);
            due = [.. pending.Where(s => s.DueAt <= now).OrderBy(s => s.DueAt)];
        }

        foreach (var item in due)
        {
            string? error = null;
            long? auditId = null;
            try
            {
                var pipeline = pipelines.Create(item.ScheduledBy, item.ScheduledByRole);
                var status = new Compute.Models.DeprecationStatus { State = item.State, Replacement = item.Replacement };
                var command = MutationCommand.ForOperation(ConsoleActions.ImagesDeprecate, item.Project, ResourceLinks.Image(item.Project, item.Image),
                    new { status.State, status.Replacement, scheduledDeprecationId = item.Id, item.DueAt },
                    (client, requestId, ct) => client.Images.DeprecateAsync(item.Project, item.Image, status, requestId, ct));
                var result = await pipeline.ExecuteAsync(command, cancellationToken);
                auditId = result.AuditRecordId;
                if (!result.Succeeded) error = result.ErrorMessage ?? string.Join(", ", result.ErrorReasons);
            }
            catch (ConsoleForbiddenException e)
            {
                error = e.Message;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = e.Message;
            }

            if (error is not null) LogFailed(item.Image, item.Project, item.State, error);
            await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
            await db.ScheduledDeprecations.Where(s => s.Id == item.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.CompletedAt, time.GetUtcNow())
                .SetProperty(x => x.AuditRecordId, auditId)
                .SetProperty(x => x.Error, error == null ? null : error.Length > 1000 ? error[..1000] : error), CancellationToken.None);
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The scheduled deprecation of {Image} in {Project} to {State} failed: {Error}")]
    private partial void LogFailed(string image, string project, string state, string error);
}
